package dev.signpost.tools;

import dev.signpost.web.PageSection;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** On a person's start page: the tools that entered the radar or changed ring since their last visit. */
@ApplicationScoped
public class ToolsHomeSection implements PageSection {

    static final int SHOWN = 8;

    /** The moves shown, how many there were, and the day they are counted from. */
    public record Moves(List<ToolChange> changes, int total, LocalDate since) {

        public int more() {
            return total - changes.size();
        }
    }

    @CheckedTemplate(basePath = "tools")
    static class Templates {
        static native TemplateInstance homeSection(Moves m);
    }

    @Inject
    ToolCatalog tools;

    @Override
    public String page() {
        return HOME;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Optional<TemplateInstance> render(Subject person) {
        LocalDate since = person.since() == null ? tools.recentSince() : person.since();
        List<ToolChange> changes = ToolChange.since(tools.catalog().tools(), since);
        return Optional.of(Templates.homeSection(new Moves(changes.subList(0, Math.min(SHOWN, changes.size())), changes.size(), since)));
    }
}
