package dev.signpost.leancoffee;

import dev.signpost.actions.ActionDraft;
import dev.signpost.actions.ActionItem;
import dev.signpost.actions.ActionSource;
import dev.signpost.live.LiveBus;
import dev.signpost.security.CurrentUser;
import dev.signpost.security.Roles;
import dev.signpost.sigs.SigService;
import dev.signpost.web.Flash;
import dev.signpost.web.FormText;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestStreamElementType;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code /lean-coffee}: sessions of the SIGs, one session's live board, and every move on it. Each form posts and
 * comes back to the board (so it works without JavaScript); {@code /lean-coffee/{id}/events} tells open boards when
 * anything changed, and the page's script then fetches {@code /lean-coffee/{id}/board}.
 */
@Path("/lean-coffee")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Authenticated
public class LeanCoffeeResource {

    /** Times on the pages are shown in this zone: where the SIGs meet. */
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final String CREATED = "lc-created";

    /** The list of sessions. */
    public record ListView(List<LeanCoffeeSession> upcoming, List<LeanCoffeeSession> past, String sig, boolean canCreate, SigService sigs) {
    }

    /** The session page: the board and whatever the viewer typed that was refused. */
    public record PageView(BoardView board, TopicDraft topicDraft, String error, String flash, ActionDraft actionDraft, Long actionTopic,
            List<String> people) {
    }

    @CheckedTemplate(basePath = "leancoffee")
    static class Templates {
        static native TemplateInstance list(ListView view);

        static native TemplateInstance form(SessionDraft draft, List<dev.signpost.sigs.Sig> sigs, String zone);

        static native TemplateInstance session(PageView view);

        static native TemplateInstance board(BoardView board);

        static native TemplateInstance summary(BoardView board, String markdown);
    }

    @Inject
    Sessions sessions;
    @Inject
    CurrentUser currentUser;
    @Inject
    SigService sigs;
    @Inject
    LiveBus bus;
    @Inject
    Flash flash;

    @GET
    public TemplateInstance list(@RestQuery String sig) {
        String bySig = sig != null && sigs.slugs().contains(sig) ? sig : null;
        Instant now = sessions.now();
        List<LeanCoffeeSession> all = sessions.list(bySig);
        List<LeanCoffeeSession> upcoming = all.stream().filter(s -> s.phase != Phase.CLOSED)
                .sorted(java.util.Comparator.comparing((LeanCoffeeSession s) -> s.startsAt)).toList();
        List<LeanCoffeeSession> past = all.stream().filter(s -> s.phase == Phase.CLOSED).toList();
        return Templates.list(new ListView(upcoming, past, bySig, LeanCoffeeRules.canCreate(currentUser.roles()), sigs));
    }

    @GET
    @Path("new")
    @RolesAllowed(Roles.SIG_MEMBER)
    public TemplateInstance newForm(@RestQuery String sig) {
        return Templates.form(SessionDraft.blank(currentUser.username(), sig != null && sigs.slugs().contains(sig) ? sig : "",
                sessions.now().atZone(ZONE)), sigs.all(), ZONE.getId());
    }

    @POST
    @RolesAllowed(Roles.SIG_MEMBER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String title, @RestForm String date, @RestForm String time, @RestForm String votes,
            @RestForm String timebox, @RestForm String anonymous, @RestForm String hiddenVotes, @RestForm String facilitator,
            @RestForm String sig) {
        SessionDraft draft = new SessionDraft(title, date, time, votes, timebox, anonymous != null, hiddenVotes != null, facilitator, sig,
                Map.of()).checked(sessions.now(), ZONE, sigs.slugs(), currentUser.username());
        if (!draft.valid()) {
            return Response.status(400).entity(Templates.form(draft, sigs.all(), ZONE.getId())).build();
        }
        LeanCoffeeSession session = sessions.create(draft, ZONE);
        return Response.seeOther(URI.create(session.href())).cookie(Flash.of(CREATED)).build();
    }

    @GET
    @Path("{id: \\d{1,18}}")
    public TemplateInstance session(@RestPath long id) {
        sessions.find(id).orElseThrow(NotFoundException::new);
        join(id);
        return page(id, new TopicDraft("", ""), null, flash.value().orElse(null), null, null);
    }

    /** The board alone, for a page that was told something changed. */
    @GET
    @Path("{id: \\d{1,18}}/board")
    public TemplateInstance board(@RestPath long id) {
        return Templates.board(view(id));
    }

    /** A server-sent event whenever the session changes, on any instance; and a comment every 20 s to keep proxies from closing it. */
    @GET
    @Path("{id: \\d{1,18}}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.TEXT_PLAIN)
    @io.smallrye.common.annotation.Blocking
    public Multi<String> events(@RestPath long id) {
        sessions.find(id).orElseThrow(NotFoundException::new);
        Multi<String> changes = bus.subscribe(Sessions.channel(id));
        Multi<String> keepAlive = Multi.createFrom().ticks().every(Duration.ofSeconds(20)).map(t -> "ping");
        return Multi.createBy().merging().streams(changes, keepAlive);
    }

    @GET
    @Path("{id: \\d{1,18}}/summary")
    public TemplateInstance summary(@RestPath long id) {
        BoardView board = view(id);
        return Templates.summary(board, markdown(board));
    }

    @GET
    @Path("{id: \\d{1,18}}/summary.md")
    @Produces("text/markdown;charset=UTF-8")
    public Response summaryMarkdown(@RestPath long id) {
        BoardView board = view(id);
        return Response.ok(markdown(board)).header("Content-Disposition", "attachment; filename=\"lean-coffee-" + id + ".md\"").build();
    }

    @POST
    @Path("{id: \\d{1,18}}/topics")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addTopic(@RestPath long id, @RestForm String title, @RestForm String pitch) {
        sessions.find(id).orElseThrow(NotFoundException::new);
        TopicDraft draft = new TopicDraft(title, pitch).checked();
        if (!draft.valid()) {
            return Response.status(400).entity(page(id, draft, "Please check the topic; everything you typed is kept.", null, null, null)).build();
        }
        return act(id, () -> "#" + sessions.addTopic(id, draft).anchor(), draft, null, null);
    }

    @POST
    @Path("{id: \\d{1,18}}/topics/{topic: \\d{1,18}}/vote")
    public Response vote(@RestPath long id, @RestPath long topic) {
        return act(id, () -> {
            sessions.vote(id, topic);
            return "#topic-" + topic;
        }, null, null, null);
    }

    @POST
    @Path("{id: \\d{1,18}}/topics/{topic: \\d{1,18}}/unvote")
    public Response unvote(@RestPath long id, @RestPath long topic) {
        return act(id, () -> {
            sessions.unvote(id, topic);
            return "#topic-" + topic;
        }, null, null, null);
    }

    @POST
    @Path("{id: \\d{1,18}}/phase")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response phase(@RestPath long id, @RestForm String to) {
        return act(id, () -> {
            sessions.phase(id, Phase.of(to).orElseThrow(() -> new LeanCoffeeRejected(400, "There is no phase \"" + to + "\".")));
            return "";
        }, null, null, null);
    }

    @POST
    @Path("{id: \\d{1,18}}/topics/{topic: \\d{1,18}}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@RestPath long id, @RestPath long topic, @RestForm String to) {
        return act(id, () -> {
            sessions.move(id, topic, TopicState.of(to).orElseThrow(() -> new LeanCoffeeRejected(400, "There is no column \"" + to + "\".")));
            return "#topic-" + topic;
        }, null, null, null);
    }

    @POST
    @Path("{id: \\d{1,18}}/merge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response merge(@RestPath long id, @RestForm String kept, @RestForm String merged) {
        return act(id, () -> {
            sessions.merge(id, number(kept, "the topic to keep"), number(merged, "the duplicate"));
            return "#topic-" + kept;
        }, null, null, null);
    }

    @POST
    @Path("{id: \\d{1,18}}/topics/{topic: \\d{1,18}}/timer")
    public Response timer(@RestPath long id, @RestPath long topic) {
        return act(id, () -> {
            sessions.startTimer(id, topic);
            return "#topic-" + topic;
        }, null, null, null);
    }

    @POST
    @Path("{id: \\d{1,18}}/topics/{topic: \\d{1,18}}/extend")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response extend(@RestPath long id, @RestPath long topic, @RestForm String minutes) {
        return act(id, () -> {
            Integer by = minutes == null || minutes.isBlank() ? null : (int) number(minutes, "the minutes");
            if (by != null && (by < 1 || by > 60)) {
                throw new LeanCoffeeRejected(400, "Extend by 1 to 60 minutes.");
            }
            sessions.extend(id, topic, by);
            return "#topic-" + topic;
        }, null, null, null);
    }

    @POST
    @Path("{id: \\d{1,18}}/topics/{topic: \\d{1,18}}/thumb")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response thumb(@RestPath long id, @RestPath long topic, @RestForm String thumb) {
        return act(id, () -> {
            sessions.thumb(id, topic, Thumb.of(thumb).orElseThrow(() -> new LeanCoffeeRejected(400, "A thumb is up, sideways or down.")));
            return "#topic-" + topic;
        }, null, null, null);
    }

    @POST
    @Path("{id: \\d{1,18}}/topics/{topic: \\d{1,18}}/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response notes(@RestPath long id, @RestPath long topic, @RestForm String notes) {
        return act(id, () -> {
            sessions.notes(id, topic, FormText.of(notes));
            return "#topic-" + topic;
        }, null, null, null);
    }

    @POST
    @Path("{id: \\d{1,18}}/topics/{topic: \\d{1,18}}/actions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response capture(@RestPath long id, @RestPath long topic, @RestForm String title, @RestForm String owner, @RestForm String due,
            @RestForm String details) {
        LeanCoffeeSession session = sessions.find(id).orElseThrow(NotFoundException::new);
        ActionDraft draft = new ActionDraft(title, details, owner, due, session.sig, ActionSource.LEAN_COFFEE.code(), String.valueOf(topic),
                Map.of()).checked(LocalDate.ofInstant(sessions.now(), ZoneOffset.UTC), true, sigs.slugs(),
                (type, ref) -> type == ActionSource.LEAN_COFFEE && ref.equals(String.valueOf(topic)));
        if (!draft.valid()) {
            return Response.status(400).entity(page(id, new TopicDraft("", ""), "Please check the action item; everything you typed is kept.",
                    null, draft, topic)).build();
        }
        return act(id, () -> {
            sessions.capture(id, topic, draft);
            return "#topic-" + topic;
        }, null, draft, topic);
    }

    /** Runs a change and goes back to the board; a refusal shows the board with the message and what was typed. */
    private Response act(long id, Supplier<String> change, TopicDraft topicDraft, ActionDraft actionDraft, Long actionTopic) {
        sessions.find(id).orElseThrow(NotFoundException::new);
        join(id);
        try {
            String anchor = change.get();
            return Response.seeOther(URI.create("/lean-coffee/" + id + anchor)).build();
        } catch (LeanCoffeeRejected rejected) {
            if (rejected.status() == 404) {
                throw new NotFoundException(rejected.getMessage());
            }
            return Response.status(rejected.status()).entity(page(id, topicDraft == null ? new TopicDraft("", "") : topicDraft,
                    rejected.getMessage(), null, actionDraft, actionTopic)).build();
        } catch (dev.signpost.actions.ActionRejected rejected) {
            return Response.status(rejected.status()).entity(page(id, new TopicDraft("", ""), rejected.getMessage(), null, actionDraft,
                    actionTopic)).build();
        }
    }

    /**
     * Records the viewer as an attendee (opening the board is joining the meeting), in a transaction of its own; a
     * second request that joined at the same moment already did it.
     */
    private void join(long id) {
        try {
            sessions.join(id);
        } catch (RuntimeException e) {
            LOG.debugf("joining session %d raced with another request: %s", id, e.getMessage());
        }
    }

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(LeanCoffeeResource.class);

    private TemplateInstance page(long id, TopicDraft topicDraft, String error, String message, ActionDraft actionDraft, Long actionTopic) {
        BoardView board = view(id);
        return Templates.session(new PageView(board, topicDraft, error, message, actionDraft, actionTopic, board.attendees()));
    }

    private BoardView view(long id) {
        LeanCoffeeSession session = sessions.find(id).orElseThrow(NotFoundException::new);
        Instant now = sessions.now();
        String viewer = currentUser.username();
        List<LeanCoffeeTopic> all = sessions.topics(id);
        Map<Long, Integer> votes = sessions.votes(id);
        Board board = Sessions.board(session, all, votes);
        Map<Long, Integer> mine = sessions.votesOf(id, viewer);
        Map<Long, List<ActionItem>> actions = sessions.actionsOf(id);
        Map<Long, Map<Integer, List<LeanCoffeeThumb>>> thumbs = sessions.thumbsOf(id);
        VoteVisibility visibility = VoteVisibility.of(session.hiddenVotes, session.phase);
        Map<Long, BoardView.TopicView> topics = new LinkedHashMap<>();
        for (LeanCoffeeTopic topic : all) {
            Timebox box = topic.timebox();
            Map<Integer, List<LeanCoffeeThumb>> rounds = box == null ? Map.of() : thumbs.getOrDefault(topic.id, Map.of());
            List<LeanCoffeeThumb> current = box == null ? List.of() : rounds.getOrDefault(topic.timerRound, List.of());
            Thumb myThumb = current.stream().filter(t -> t.voter.equals(viewer)).map(t -> t.thumb).findFirst().orElse(null);
            topics.put(topic.id, new BoardView.TopicView(topic, visibility.showTotals() ? votes.getOrDefault(topic.id, 0) : 0,
                    mine.getOrDefault(topic.id, 0), session.anonymous ? null : topic.author, box,
                    box == null ? 0 : box.remaining(now).toSeconds(), box != null && box.expired(now),
                    ThumbsTally.of(current.stream().map(t -> t.thumb).toList()), myThumb, actions.getOrDefault(topic.id, List.of())));
        }
        int used = mine.values().stream().mapToInt(Integer::intValue).sum();
        return new BoardView(session, sigs.title(session.sig), board, topics, Math.max(0, session.votesPerPerson - used), visibility.showTotals(),
                LeanCoffeeRules.canRun(viewer, currentUser.roles(), session.facilitator), LeanCoffeeRules.canTakePart(currentUser.signedIn()),
                viewer, now, sessions.carriedOver(session), sessions.attendees(id), LocalDate.ofInstant(now, ZoneOffset.UTC));
    }

    private String markdown(BoardView board) {
        Map<Long, Integer> votes = sessions.votes(board.session().id);
        Map<Long, Map<Integer, List<LeanCoffeeThumb>>> thumbs = sessions.thumbsOf(board.session().id);
        List<SessionSummary.Topic> topics = board.all().stream().map(t -> {
            LeanCoffeeTopic topic = board.topic(t.id()).topic();
            List<ThumbsTally> rounds = thumbs.getOrDefault(topic.id, Map.of()).values().stream()
                    .map(list -> ThumbsTally.of(list.stream().map(x -> x.thumb).toList())).toList();
            return new SessionSummary.Topic(topic.title, votes.getOrDefault(topic.id, 0), topic.state, topic.notes, rounds);
        }).toList();
        List<SessionSummary.Action> actions = board.topics().values().stream().flatMap(t -> t.actions().stream())
                .map(i -> new SessionSummary.Action(i.title, i.owner, i.dueOn, i.status)).toList();
        return SessionSummary.markdown(new SessionSummary.Session(board.session().title, board.sigTitle(),
                LocalDate.ofInstant(board.session().startsAt, ZONE), board.attendees(), topics, actions));
    }

    private static long number(String text, String what) {
        if (text == null || !text.strip().matches("\\d{1,18}")) {
            throw new LeanCoffeeRejected(400, "Choose " + what + ".");
        }
        return Long.parseLong(text.strip());
    }
}
