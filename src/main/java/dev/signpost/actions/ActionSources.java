package dev.signpost.actions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Optional;

/** Every feature that action items can come from, each through its {@link ActionItemSource}, by kind. */
@ApplicationScoped
public class ActionSources {

    /** Where an item came from, as a link when the viewer may follow it ({@code href} null otherwise). */
    public record Link(String label, String title, String href) {
    }

    @Inject
    Instance<ActionItemSource> all;

    /** The feature that knows this kind of source, if it is running. */
    public Optional<ActionItemSource> of(ActionSource kind) {
        return all.stream().filter(s -> s.kind() == kind).findFirst();
    }

    /** Whether the source exists (and the current user may see it). */
    public boolean exists(ActionSource type, String ref) {
        return of(type).flatMap(s -> s.find(ref)).isPresent();
    }

    /** The link to a source given by its code and reference; null for none. */
    public Link link(String source, String ref) {
        ActionSource type = ActionSource.of(source).orElse(null);
        if (type == null || ref == null || ref.isEmpty()) {
            return null;
        }
        return of(type).map(s -> s.find(ref).orElseGet(() -> s.missing(ref))).orElse(new Link(type.label(), ref, null));
    }

    /** The first values of an item made from this source and reference; empty when it does not resolve. */
    public Optional<ActionItemSource.Prefill> prefill(ActionSource type, String ref) {
        return type == null || ref == null ? Optional.empty() : of(type).flatMap(s -> s.prefill(ref));
    }

    /** What may also be done when this unfinished item is marked done, for the current user; empty for nothing. */
    public Optional<ActionItemSource.DoneOffer> offerFor(ActionItem item) {
        if (item.sourceType == null || item.status == ActionStatus.DONE) {
            return Optional.empty();
        }
        return of(item.sourceType).filter(s -> s.offersFor(item)).flatMap(ActionItemSource::doneOffer);
    }

    /** The texts of what the item's kind of source offers when done (for the message after it), if anything. */
    public Optional<ActionItemSource.DoneOffer> doneOffer(ActionItem item) {
        return item.sourceType == null ? Optional.empty() : of(item.sourceType).flatMap(ActionItemSource::doneOffer);
    }

    /** Does what the item's source offers when it is done; false when it could not, or offers nothing. */
    public boolean completeWhenDone(ActionItem item) {
        return item.sourceType != null && of(item.sourceType).map(s -> s.completeWhenDone(item)).orElse(false);
    }
}
