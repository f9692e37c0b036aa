package dev.signpost.actions;

import java.util.Optional;

/**
 * Something an action item can come from (a feedback item, a roadmap item, a Lean Coffee topic), as the feature that
 * owns it tells {@code actions}: whether a reference exists, its title and link, what a new item made from it starts
 * with, and what else may be done when such an item is done. Features implement it as a CDI bean; {@code actions} knows
 * them only through it and {@link ActionSources}.
 */
public interface ActionItemSource {

    /** The kind of source this is; at most one bean per kind. */
    ActionSource kind();

    /** The source with this reference as the current user may see it, or empty when there is none (for them). */
    Optional<ActionSources.Link> find(String ref);

    /** How a reference that no longer resolves is named ("feedback #12", the slug of a removed roadmap item). */
    ActionSources.Link missing(String ref);

    /** What a new item made from this reference starts with; empty when the reference does not resolve. */
    default Optional<Prefill> prefill(String ref) {
        return Optional.empty();
    }

    /** What else may be done when an item from this kind of source is done (the texts), or empty when it offers nothing. */
    default Optional<DoneOffer> doneOffer() {
        return Optional.empty();
    }

    /** Whether {@link #doneOffer} applies to this unfinished item now, for the current user. */
    default boolean offersFor(ActionItem item) {
        return false;
    }

    /** Does what {@link #doneOffer} says, the item being done; false when it could not be done (the item page says so). */
    default boolean completeWhenDone(ActionItem item) {
        return false;
    }

    /**
     * A new item's first values.
     *
     * @param ref     the reference as stored (normalised, e.g. a feedback id without leading zeros)
     * @param sig     a SIG's slug to suggest, or empty
     * @param team    an owner team, whose SIG (by its groups) is suggested when {@code sig} is empty; or empty
     */
    record Prefill(String ref, String title, String details, String sig, String team) {
    }

    /**
     * The offer shown beside "mark as done", and what the item page says afterwards.
     *
     * @param label        the checkbox's label
     * @param completed    the message when it was done
     * @param notCompleted the message when it could not be done
     */
    record DoneOffer(String label, String completed, String notCompleted) {
    }
}
