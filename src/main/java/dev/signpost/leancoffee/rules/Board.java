package dev.signpost.leancoffee.rules;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The discussion board's three columns. Topics are ranked by dots (most first), then in the order they were proposed;
 * the same ranking holds in every column, so a discussed topic keeps its place. At most one topic is under discussion
 * at a time: {@link #moveRefusal} refuses a second one.
 */
public record Board(List<TopicSummary> toDiscuss, List<TopicSummary> discussing, List<TopicSummary> discussed) {

    static final Comparator<TopicSummary> BY_VOTES = Comparator.comparingInt(TopicSummary::votes).reversed()
            .thenComparingLong(TopicSummary::createdOrder)
            .thenComparingLong(TopicSummary::id);
    static final Comparator<TopicSummary> AS_PROPOSED = Comparator.comparingLong(TopicSummary::createdOrder)
            .thenComparingLong(TopicSummary::id);

    public Board {
        toDiscuss = List.copyOf(toDiscuss);
        discussing = List.copyOf(discussing);
        discussed = List.copyOf(discussed);
    }

    /** The columns ranked by dots, as the board shows them once the totals are visible. */
    public static Board order(List<TopicSummary> topics) {
        return columns(topics, BY_VOTES);
    }

    /** The columns ranked by dots when totals may be shown, otherwise as proposed: the order must not leak hidden totals. */
    public static Board order(List<TopicSummary> topics, VoteVisibility visibility) {
        return columns(topics, visibility.showTotals() ? BY_VOTES : AS_PROPOSED);
    }

    private static Board columns(List<TopicSummary> topics, Comparator<TopicSummary> order) {
        return new Board(
                topics.stream().filter(t -> t.state() == TopicState.TO_DISCUSS).sorted(order).toList(),
                topics.stream().filter(t -> t.state() == TopicState.DISCUSSING).sorted(order).toList(),
                topics.stream().filter(t -> t.state() == TopicState.DISCUSSED).sorted(order).toList());
    }

    /**
     * The topics as a summary lists them: those the session reached (discussed or under discussion) first, then those
     * it did not; within each, most dots first, then as proposed. Whatever order the columns were in.
     */
    public List<TopicSummary> summaryOrder() {
        return Stream.concat(
                Stream.concat(discussing.stream(), discussed.stream()).sorted(BY_VOTES),
                toDiscuss.stream().sorted(BY_VOTES)).toList();
    }

    /** The topic to discuss next: the first of To discuss. */
    public Optional<TopicSummary> next() {
        return toDiscuss.stream().findFirst();
    }

    /**
     * Why the topic {@code id} cannot be moved to column {@code to}, or empty when it can. Topics move only while the
     * session is discussing, in any direction (the facilitator may put a topic back or reopen it), but only one at a
     * time is under discussion.
     */
    public Optional<String> moveRefusal(Phase phase, long id, TopicState to) {
        if (phase != Phase.DISCUSSING) {
            return Optional.of("Topics move on the board only while the session is discussing.");
        }
        Optional<TopicSummary> topic = all().filter(t -> t.id() == id).findFirst();
        if (topic.isEmpty()) {
            return Optional.of("There is no such topic on the board.");
        }
        if (topic.get().state() == to) {
            return Optional.of("\"" + topic.get().title() + "\" is already in " + to.label() + ".");
        }
        if (to == TopicState.DISCUSSING && !discussing.isEmpty()) {
            return Optional.of("\"" + discussing.get(0).title() + "\" is still being discussed; move it on first.");
        }
        return Optional.empty();
    }

    private Stream<TopicSummary> all() {
        return Stream.of(toDiscuss, discussing, discussed).flatMap(List::stream);
    }
}
