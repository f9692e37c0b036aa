package dev.signpost.leancoffee.rules;

/**
 * A topic as the board shows it.
 *
 * @param votes        the dots on it, all participants together
 * @param createdOrder its place among the session's topics in the order they were proposed (lower is earlier)
 */
public record TopicSummary(long id, String title, int votes, TopicState state, long createdOrder) {
}
