package dev.signpost.roadmap;

import dev.signpost.web.PageSection;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** On a person's start page: the roadmap items added, moved or changed in status since their last visit. */
@ApplicationScoped
public class RoadmapHomeSection implements PageSection {

    static final int SHOWN = 8;

    /** The changes shown, how many there were, and the day they are counted from. */
    public record News(List<RoadmapChange> changes, int total, LocalDate since) {

        public int more() {
            return total - changes.size();
        }
    }

    @CheckedTemplate(basePath = "roadmap")
    static class Templates {
        static native TemplateInstance homeSection(News n);
    }

    @Inject
    RoadmapHistory history;
    @Inject
    RoadmapService service;

    @Override
    public String page() {
        return HOME;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Optional<TemplateInstance> render(Subject person) {
        LocalDate since = person.since() == null ? service.recentSince() : person.since();
        List<String> problems = new ArrayList<>();
        RoadmapFilter.Checked all = new RoadmapFilter(null, null, null, null, null).check(problems);
        List<RoadmapChange> changes = history.resolve(since.toString(), problems).map(b -> history.changes(b, all)).orElse(List.of());
        return Optional.of(Templates.homeSection(new News(changes.subList(0, Math.min(SHOWN, changes.size())), changes.size(), since)));
    }
}
