package dev.signpost.sigs;

import dev.signpost.notifications.follows.SigChannels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The SIGs whose chat channels hear of a change to a tool, roadmap item or campaign: the SIG it names, and every SIG
 * whose tags mark its page ({@link Sig#tagged}), the same rule by which a SIG page lists its pages.
 */
@ApplicationScoped
public class SigsForNotifications implements SigChannels {

    @Inject
    SigService sigs;

    @Override
    public Set<String> of(Collection<String> named, Collection<String> tags) {
        List<String> tagList = List.copyOf(tags);
        Set<String> slugs = new TreeSet<>();
        for (Sig sig : sigs.all()) {
            if (named.contains(sig.slug()) || sig.tagged(tagList)) {
                slugs.add(sig.slug());
            }
        }
        return slugs;
    }
}
