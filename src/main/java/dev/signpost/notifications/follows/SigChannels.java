package dev.signpost.notifications.follows;

import java.util.Collection;
import java.util.Set;

/**
 * Which SIGs' chat channels hear of a change, as the SIGs feature tells {@code notifications} (a CDI bean there
 * implements it): the SIGs a subject names that exist, and those whose tags mark its page.
 */
public interface SigChannels {

    /** The slugs of the SIGs among {@code named} that exist and of every SIG whose tags are among {@code tags}. */
    Set<String> of(Collection<String> named, Collection<String> tags);
}
