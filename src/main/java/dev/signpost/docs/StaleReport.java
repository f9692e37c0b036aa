package dev.signpost.docs;

import dev.signpost.content.ContentSnapshot;
import dev.signpost.content.Document;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Stale pages grouped by owner, oldest due date first within each group, plus the pages that have no review
 * date at all (they can never be flagged, which is worth knowing).
 */
public record StaleReport(LocalDate today, int total, List<OwnerGroup> groups, List<Document> neverReviewed) {

    static final String NO_OWNER = "(no owner)";

    /** One owner's stale pages. */
    public record OwnerGroup(String owner, List<Document> pages) {
    }

    static StaleReport of(ContentSnapshot snapshot, LocalDate today) {
        Map<String, List<Document>> byOwner = snapshot.byUrl().values().stream()
                .filter(doc -> doc.freshness().isStale(today))
                .sorted(Comparator.comparing((Document d) -> d.freshness().due()).thenComparing(Document::title))
                .collect(Collectors.groupingBy(d -> d.owner().isEmpty() ? NO_OWNER : d.owner(), TreeMap::new, Collectors.toList()));
        List<OwnerGroup> groups = byOwner.entrySet().stream().map(e -> new OwnerGroup(e.getKey(), e.getValue())).toList();
        List<Document> unknown = snapshot.byUrl().values().stream().filter(doc -> !doc.freshness().known())
                .sorted(Comparator.comparing(Document::path)).toList();
        int total = groups.stream().mapToInt(g -> g.pages().size()).sum();
        return new StaleReport(today, total, groups, unknown);
    }
}
