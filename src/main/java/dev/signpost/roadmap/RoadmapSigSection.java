package dev.signpost.roadmap;

import dev.signpost.web.PageSection;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/** The roadmap items that name a SIG, on its page. */
@ApplicationScoped
public class RoadmapSigSection implements PageSection {

    @CheckedTemplate(basePath = "roadmap")
    static class Templates {
        static native TemplateInstance sigSection(String sig, List<RoadmapItem> items);
    }

    @Inject
    RoadmapService roadmap;

    @Override
    public String page() {
        return SIG;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<TemplateInstance> render(Subject sig) {
        List<RoadmapItem> items = roadmap.roadmap().items().stream().filter(i -> sig.key().equals(i.sig())).toList();
        return Optional.of(Templates.sigSection(sig.key(), items));
    }
}
