package dev.signpost.docs;

import dev.signpost.content.ContentStore;
import dev.signpost.content.ContentTypes;
import dev.signpost.content.Document;
import dev.signpost.web.PageSection;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * On a person's start page: the pages their teams own that are due for review, or will be within
 * {@value #AHEAD_DAYS} days, the most overdue first.
 */
@ApplicationScoped
public class DocsHomeSection implements PageSection {

    static final int AHEAD_DAYS = 30;
    static final int SHOWN = 8;

    /** The pages shown, how many there are in all, and today (for "overdue"). */
    public record Due(List<Document> pages, int total, LocalDate today) {

        public boolean overdue(Document doc) {
            return doc.freshness().isStale(today);
        }

        /** How many are not listed. */
        public int more() {
            return total - pages.size();
        }
    }

    @CheckedTemplate(basePath = "docs")
    static class Templates {
        static native TemplateInstance homeSection(Due d);
    }

    @Inject
    ContentStore store;
    @Inject
    Clock clock;

    @Override
    public String page() {
        return HOME;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<TemplateInstance> render(Subject person) {
        if (person.teams().isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate horizon = today.plusDays(AHEAD_DAYS);
        List<Document> due = store.snapshot().byUrl().values().stream()
                .filter(d -> d.type().equals(ContentTypes.PAGE) && d.owner() != null && person.teams().contains(d.owner()))
                .filter(d -> d.freshness().due() != null && !d.freshness().due().isAfter(horizon))
                .sorted(Comparator.comparing((Document d) -> d.freshness().due()).thenComparing(Document::url)).toList();
        return Optional.of(Templates.homeSection(new Due(due.subList(0, Math.min(SHOWN, due.size())), due.size(), today)));
    }
}
