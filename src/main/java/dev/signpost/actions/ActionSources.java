package dev.signpost.actions;

import dev.signpost.feedback.FeedbackItems;
import dev.signpost.roadmap.RoadmapService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/** What an action item can come from, checked against what exists: feedback (by id) and roadmap items (by slug). */
@ApplicationScoped
public class ActionSources {

    /** Where an item came from, as a link when the viewer may follow it ({@code href} null otherwise). */
    public record Link(String label, String title, String href) {
    }

    /** What knows Lean Coffee topics (the Lean Coffee feature), so that this package need not. */
    public interface Topics {
        /** The topic's session page and title, if the topic exists. */
        Optional<Link> link(String topicId);
    }

    @Inject
    FeedbackItems feedback;
    @Inject
    jakarta.enterprise.inject.Instance<Topics> topics;
    @Inject
    RoadmapService roadmap;

    /** Whether the source exists (and, for feedback, the current user may see it). Lean Coffee topics are not yet known. */
    public boolean exists(ActionSource type, String ref) {
        return switch (type) {
            case FEEDBACK -> id(ref).flatMap(feedback::visible).isPresent();
            case ROADMAP -> ref != null && roadmap.roadmap().item(ref).isPresent();
            case LEAN_COFFEE -> topics.isResolvable() && topics.get().link(ref).isPresent();
        };
    }

    /** The link to a source given by its code and reference; null for none. */
    public Link link(String source, String ref) {
        ActionSource type = ActionSource.of(source).orElse(null);
        if (type == null || ref == null || ref.isEmpty()) {
            return null;
        }
        return switch (type) {
            case FEEDBACK -> id(ref).flatMap(feedback::visible)
                    .map(f -> new Link("feedback #" + f.id, f.title, "/feedback/" + f.id))
                    .orElse(new Link("feedback #" + ref, null, null));
            case ROADMAP -> roadmap.roadmap().item(ref).map(i -> new Link("the roadmap item", i.title(), i.href()))
                    .orElse(new Link("the roadmap item", ref + " (no longer on the roadmap)", null));
            case LEAN_COFFEE -> (topics.isResolvable() ? topics.get().link(ref) : Optional.<Link>empty())
                    .orElse(new Link("a Lean Coffee topic", ref, null));
        };
    }

    static Optional<Long> id(String ref) {
        return ref != null && ref.matches("\\d{1,18}") ? Optional.of(Long.parseLong(ref)) : Optional.empty();
    }
}
