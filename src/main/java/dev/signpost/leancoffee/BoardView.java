package dev.signpost.leancoffee;

import dev.signpost.leancoffee.rules.Board;
import dev.signpost.leancoffee.rules.Phase;
import dev.signpost.leancoffee.rules.Thumb;
import dev.signpost.leancoffee.rules.ThumbsTally;
import dev.signpost.leancoffee.rules.Timebox;
import dev.signpost.leancoffee.rules.TopicState;
import dev.signpost.leancoffee.rules.TopicSummary;
import dev.signpost.actions.ActionItem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A session's live board as one viewer sees it: the columns (or the topic list before discussion), each topic's
 * details, the viewer's dots, the timer, and what the viewer may do. The page and the live fragment render this.
 *
 * @param serverNow the server's clock when rendered: the page's countdown runs from it, not from the browser's clock
 */
public record BoardView(LeanCoffeeSession session, String sigTitle, Board board, Map<Long, TopicView> topics, int dotsLeft,
        boolean showTotals, boolean canRun, boolean canTakePart, String viewer, Instant serverNow, List<CarriedOver> carriedOver,
        List<String> attendees, LocalDate today) {

    /**
     * One topic with everything the board shows of it.
     *
     * @param changeable whether the viewer may edit or withdraw it now
     */
    public record TopicView(LeanCoffeeTopic topic, int votes, int mine, String author, Timebox timebox, long remainingSeconds,
            boolean expired, ThumbsTally thumbs, Thumb myThumb, List<ActionItem> actions, boolean changeable) {

        /** How the thumbs come out: with the time up, carrying on needs a majority; while it runs, moving on does. */
        public ThumbsTally.Verdict verdict() {
            return thumbs.verdict(expired);
        }

        /** When the timebox ends, in milliseconds since the epoch (for the page's countdown); 0 without one. */
        public long endsAtMillis() {
            return timebox == null ? 0 : timebox.endsAt().toEpochMilli();
        }

        /** The time left as m:ss. */
        public String remainingText() {
            return Timebox.minutesAndSeconds(java.time.Duration.ofSeconds(remainingSeconds));
        }

        public boolean running() {
            return timebox != null && !expired;
        }
    }

    public TopicView topic(long id) {
        return topics.get(id);
    }

    public boolean collecting() {
        return session.phase == Phase.COLLECTING;
    }

    public boolean voting() {
        return session.phase == Phase.VOTING;
    }

    public boolean discussing() {
        return session.phase == Phase.DISCUSSING;
    }

    public boolean closed() {
        return session.phase == Phase.CLOSED;
    }

    /** The phases the facilitator may move to from here. */
    public List<Phase> moves() {
        return session.phase.moves().stream().sorted().toList();
    }

    public List<TopicSummary> all() {
        return java.util.stream.Stream.of(board.discussing(), board.toDiscuss(), board.discussed()).flatMap(List::stream).toList();
    }

    /** The topics in the order of the session's summary ({@link Board#summaryOrder}). */
    public List<TopicSummary> summaryOrder() {
        return board.summaryOrder();
    }

    public List<Thumb> thumbChoices() {
        return List.of(Thumb.values());
    }

    /** The topics of one column of the discussion board. */
    public List<TopicSummary> column(TopicState state) {
        return switch (state) {
            case TO_DISCUSS -> board.toDiscuss();
            case DISCUSSING -> board.discussing();
            case DISCUSSED -> board.discussed();
        };
    }

    public List<TopicState> columns() {
        return List.of(TopicState.values());
    }

    public long serverNowMillis() {
        return serverNow.toEpochMilli();
    }
}
