package dev.signpost.campaigns;

import dev.signpost.web.PageSection;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * On a tool's page, the campaigns that move off it or to it with their progress; on the tool moved off, the
 * repositories that still use it (not done yet), by team.
 */
@ApplicationScoped
public class CampaignToolSection implements PageSection {

    /** One campaign as the tool's page shows it; {@code stillUsing} by team, only on the tool moved off. */
    public record Entry(CampaignProgress progress, boolean movingOff, Map<String, List<String>> stillUsing) {
    }

    @CheckedTemplate(basePath = "campaigns")
    static class Templates {
        static native TemplateInstance toolSection(List<Entry> entries);
    }

    @Inject
    CampaignTracker tracker;

    @Override
    public String page() {
        return PageSection.TOOL;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<TemplateInstance> render(Subject subject) {
        List<Entry> entries = tracker.board().ordered().stream()
                .filter(p -> p.campaign().fromTool().equals(subject.key()) || p.campaign().toTool().equals(subject.key()))
                .map(p -> new Entry(p, p.campaign().fromTool().equals(subject.key()), p.campaign().fromTool().equals(subject.key())
                        ? p.repositories().stream().filter(r -> r.known() && !r.done())
                                .collect(Collectors.groupingBy(r -> r.repository().owner(), TreeMap::new,
                                        Collectors.mapping(r -> r.repository().name(), Collectors.toList())))
                        : Map.of()))
                .toList();
        return entries.isEmpty() ? Optional.empty() : Optional.of(Templates.toolSection(entries));
    }
}
