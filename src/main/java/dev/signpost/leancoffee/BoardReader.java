package dev.signpost.leancoffee;

import dev.signpost.leancoffee.rules.Board;
import dev.signpost.leancoffee.rules.LeanCoffeeRules;
import dev.signpost.leancoffee.rules.SessionSummary;
import dev.signpost.leancoffee.rules.Thumb;
import dev.signpost.leancoffee.rules.ThumbsTally;
import dev.signpost.leancoffee.rules.Timebox;
import dev.signpost.leancoffee.rules.VoteVisibility;
import dev.signpost.actions.ActionItem;
import dev.signpost.actions.SigDirectory;
import dev.signpost.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One call for the whole board as the current viewer sees it, and the session's summary in Markdown. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BoardReader {

    @Inject
    Sessions sessions;
    @Inject
    BoardQueries queries;
    @Inject
    CurrentUser currentUser;
    @Inject
    SigDirectory sigs;
    @Inject
    java.time.Clock clock;

    /** The board of session {@code id}: columns, every topic with its dots, timebox, thumbs and action items; 404 without it. */
    public BoardView view(long id) {
        LeanCoffeeSession session = sessions.find(id).orElseThrow(NotFoundException::new);
        Instant now = sessions.now();
        String viewer = currentUser.username();
        List<LeanCoffeeTopic> all = queries.topics(id);
        Map<Long, Integer> votes = queries.votes(id);
        Board board = BoardQueries.board(session, all, votes);
        Map<Long, Integer> mine = queries.votesOf(id, viewer);
        Map<Long, List<ActionItem>> actions = queries.actionsOf(id);
        Map<Long, Map<Integer, List<LeanCoffeeThumb>>> thumbs = queries.thumbsOf(id);
        boolean canRun = LeanCoffeeRules.canRun(viewer, currentUser.roles(), session.facilitator);
        VoteVisibility visibility = VoteVisibility.of(session.hiddenVotes, session.phase);
        Map<Long, BoardView.TopicView> topics = new LinkedHashMap<>();
        for (LeanCoffeeTopic topic : all) {
            Timebox box = topic.timebox();
            List<LeanCoffeeThumb> current = thumbs.getOrDefault(topic.id, Map.of()).getOrDefault(LeanCoffeeRules.thumbRound(topic.timerRound), List.of());
            Thumb myThumb = current.stream().filter(t -> t.voter.equals(viewer)).map(t -> t.thumb).findFirst().orElse(null);
            topics.put(topic.id, new BoardView.TopicView(topic, visibility.showTotals() ? votes.getOrDefault(topic.id, 0) : 0,
                    mine.getOrDefault(topic.id, 0), session.anonymous ? null : topic.author, box,
                    box == null ? 0 : box.remaining(now).toSeconds(), box != null && box.expired(now),
                    ThumbsTally.of(current.stream().map(t -> t.thumb).toList()), myThumb, actions.getOrDefault(topic.id, List.of()),
                    currentUser.signedIn() && LeanCoffeeRules.topicChangeRefusal(session.phase, topic.author.equals(viewer), canRun, session.facilitator)
                            .isEmpty()));
        }
        int used = mine.values().stream().mapToInt(Integer::intValue).sum();
        return new BoardView(session, sigs.title(session.sig), board, topics, Math.max(0, session.votesPerPerson - used), visibility.showTotals(),
                canRun, LeanCoffeeRules.canTakePart(currentUser.signedIn()),
                viewer, now, queries.carriedOver(session), queries.attendees(id), LocalDate.ofInstant(now, clock.getZone()));
    }

    /** The session's summary as Markdown: topics with dots, state, notes and thumbs, and the action items captured. */
    public String summary(BoardView board, ZoneId zone) {
        Map<Long, Integer> votes = queries.votes(board.session().id);
        Map<Long, Map<Integer, List<LeanCoffeeThumb>>> thumbs = queries.thumbsOf(board.session().id);
        List<SessionSummary.Topic> topics = board.summaryOrder().stream().map(t -> {
            LeanCoffeeTopic topic = board.topic(t.id()).topic();
            List<ThumbsTally> rounds = thumbs.getOrDefault(topic.id, Map.of()).values().stream()
                    .map(list -> ThumbsTally.of(list.stream().map(x -> x.thumb).toList())).toList();
            return new SessionSummary.Topic(topic.title, votes.getOrDefault(topic.id, 0), topic.state, topic.notes, rounds);
        }).toList();
        List<SessionSummary.Action> actions = board.topics().values().stream().flatMap(t -> t.actions().stream())
                .map(i -> new SessionSummary.Action(i.title, i.owner, i.dueOn, i.status)).toList();
        return SessionSummary.markdown(new SessionSummary.Session(board.session().title, board.sigTitle(),
                LocalDate.ofInstant(board.session().startsAt, zone), board.attendees(), topics, actions));
    }
}
