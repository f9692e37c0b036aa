package dev.signpost.roadmap;

import dev.signpost.actions.ActionItemSource;
import dev.signpost.actions.ActionSource;
import dev.signpost.actions.ActionSources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/** Roadmap items as a source of action items: by slug; a new item links back to the roadmap item and takes its SIG. */
@ApplicationScoped
public class RoadmapActionSource implements ActionItemSource {

    @Inject
    RoadmapService roadmap;

    @Override
    public ActionSource kind() {
        return ActionSource.ROADMAP;
    }

    @Override
    public Optional<ActionSources.Link> find(String ref) {
        return item(ref).map(i -> new ActionSources.Link("the roadmap item", i.title(), i.href()));
    }

    @Override
    public ActionSources.Link missing(String ref) {
        return new ActionSources.Link("the roadmap item", ref + " (no longer on the roadmap)", null);
    }

    @Override
    public Optional<Prefill> prefill(String ref) {
        return item(ref).map(i -> new Prefill(i.slug(), "", "For the roadmap item [" + i.title().replace("]", "\\]") + "](" + i.href() + ").",
                i.sig() == null ? "" : i.sig(), ""));
    }

    private Optional<RoadmapItem> item(String ref) {
        return ref == null ? Optional.empty() : roadmap.roadmap().item(ref);
    }
}
