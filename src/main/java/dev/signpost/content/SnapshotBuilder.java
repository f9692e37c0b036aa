package dev.signpost.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pure function from parsed files to a {@link ContentSnapshot}: routes (a folder's index beats its README, which
 * beats a same-named file), navigation order, tags and broken links. Cheap enough to run on every change.
 */
public final class SnapshotBuilder {

    static final Comparator<Document> BY_TITLE = Comparator.comparing(Document::title, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Document::path);

    private SnapshotBuilder() {
    }

    public static ContentSnapshot build(Map<String, Document> documents, Map<String, Document.FileStamp> assets,
                                        Map<String, List<ContentProblem>> fileProblems, Instant loadedAt) {
        List<ContentProblem> conflicts = new ArrayList<>();
        Map<String, Document> byUrl = route(documents.values(), conflicts);
        List<NavNode> navigation = Navigation.build(byUrl.values());
        List<Document> reading = Navigation.readingOrder(navigation, byUrl);
        Map<String, Integer> readingIndex = new HashMap<>();
        for (int i = 0; i < reading.size(); i++) {
            readingIndex.put(reading.get(i).url(), i);
        }
        return new ContentSnapshot(
                Collections.unmodifiableMap(new TreeMap<>(documents)),
                Collections.unmodifiableMap(new TreeMap<>(assets)),
                Collections.unmodifiableMap(new TreeMap<>(fileProblems)),
                List.copyOf(conflicts),
                Collections.unmodifiableMap(byUrl),
                navigation,
                List.copyOf(reading),
                Collections.unmodifiableMap(readingIndex),
                Collections.unmodifiableSortedMap(tags(byUrl.values())),
                LinkChecker.brokenLinks(byUrl, assets),
                loadedAt);
    }

    private static Map<String, Document> route(Collection<Document> documents, List<ContentProblem> conflicts) {
        List<Document> candidates = new ArrayList<>(documents);
        candidates.sort(Comparator.comparing(Document::url).thenComparingInt(SnapshotBuilder::priority).thenComparing(Document::path));
        Map<String, Document> byUrl = new LinkedHashMap<>();
        for (Document doc : candidates) {
            Document winner = byUrl.putIfAbsent(doc.url(), doc);
            if (winner != null) {
                conflicts.add(ContentProblem.warning(doc.path(), 0, "Not served: " + winner.path()
                        + " has the same address (" + doc.url() + "). Rename or remove one of them."));
            }
        }
        return byUrl;
    }

    private static int priority(Document doc) {
        String name = ContentPaths.stripExtension(ContentPaths.fileName(doc.path())).toLowerCase();
        return name.equals("index") ? 0 : name.equals("readme") ? 1 : 2;
    }

    private static TreeMap<String, List<Document>> tags(Collection<Document> documents) {
        TreeMap<String, List<Document>> tags = new TreeMap<>();
        for (Document doc : documents) {
            for (String tag : doc.tags()) {
                tags.computeIfAbsent(tag, t -> new ArrayList<>()).add(doc);
            }
        }
        tags.replaceAll((tag, docs) -> docs.stream().sorted(BY_TITLE).toList());
        return tags;
    }
}
