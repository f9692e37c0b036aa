package dev.signpost.web;

import java.util.Optional;

/**
 * One kind of work waiting for the person signed in, as a feature counts it for the header's "My work" (their open
 * action items, answers to their feedback they have not read, the triage queue, content problems). A feature
 * produces one as a CDI bean; the header knows only this interface, like {@link MainNavItem}.
 */
public interface WorkWaiting {

    /** How much of this work waits for the person signed in now; empty when it does not concern them. */
    Optional<Count> count();

    /**
     * @param label    what is waiting, for a person: "open action items"
     * @param count    how many
     * @param href     where to see them
     * @param position sorts the kinds, lowest first
     */
    record Count(String label, long count, String href, int position) {
    }
}
