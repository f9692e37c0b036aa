package dev.signpost.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pure function from parsed files to a {@link ContentSnapshot}: routes (a folder's index beats its README, which
 * beats a same-named file), navigation order, tags and broken links. {@link SnapshotUpdate} takes a shortcut
 * when an edit leaves all of that but the edited pages' links unchanged.
 */
public final class SnapshotBuilder {

    static final Comparator<Document> BY_TITLE = Comparator.comparing(Document::title, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Document::path);

    private SnapshotBuilder() {
    }

    public static ContentSnapshot build(Map<String, Document> documents, Map<String, Document.FileStamp> assets,
                                        Map<String, List<ContentProblem>> fileProblems, Instant loadedAt) {
        List<ContentProblem> conflicts = new ArrayList<>();
        Map<String, Document> byUrl = route(documents.values().stream().filter(d -> !d.folderSettings()).toList(), conflicts);
        List<NavNode> navigation = Navigation.build(byUrl.values().stream().filter(d -> d.type().equals(ContentTypes.PAGE)).toList(),
                documents.values().stream().filter(Document::folderSettings).map(FolderSettings::of).toList(), conflicts);
        List<Document> reading = Navigation.readingOrder(navigation, byUrl);
        Map<String, Integer> readingIndex = new HashMap<>();
        for (int i = 0; i < reading.size(); i++) {
            readingIndex.put(reading.get(i).url(), i);
        }
        return new ContentSnapshot(
                Map.copyOf(documents),
                Map.copyOf(assets),
                Collections.unmodifiableMap(new TreeMap<>(fileProblems)),
                List.copyOf(conflicts),
                Collections.unmodifiableMap(byUrl),
                navigation,
                List.copyOf(reading),
                Collections.unmodifiableMap(readingIndex),
                Collections.unmodifiableSortedMap(tags(byUrl.values())),
                List.copyOf(LinkChecker.brokenLinks(byUrl.values(), byUrl, assets)),
                LinkChecker.linkedFrom(byUrl.values()),
                loadedAt);
    }

    /** Who serves each address; on a clash the better file wins (see {@link #beats}) and the other is reported. */
    private static Map<String, Document> route(Collection<Document> documents, List<ContentProblem> conflicts) {
        Map<String, Document> byUrl = new HashMap<>(documents.size() * 2);
        List<Document> losers = new ArrayList<>();
        for (Document doc : documents) {
            Document other = byUrl.putIfAbsent(doc.url(), doc);
            if (other != null && beats(doc, other)) {
                byUrl.put(doc.url(), doc);
                losers.add(other);
            } else if (other != null) {
                losers.add(doc);
            }
        }
        losers.sort(Comparator.comparing(Document::path));
        for (Document loser : losers) {
            conflicts.add(ContentProblem.warning(loser.path(), 0, "Not served: " + byUrl.get(loser.url()).path()
                    + " has the same address (" + loser.url() + "). Rename or remove one of them."));
        }
        return byUrl;
    }

    /** A folder's index beats its README, which beats a same-named file; otherwise the first path wins. */
    private static boolean beats(Document a, Document b) {
        int byPriority = Integer.compare(priority(a), priority(b));
        return byPriority != 0 ? byPriority < 0 : a.path().compareTo(b.path()) < 0;
    }

    private static int priority(Document doc) {
        String name = ContentPaths.stripExtension(ContentPaths.fileName(doc.path())).toLowerCase();
        return name.equals("index") ? 0 : name.equals("readme") ? 1 : 2;
    }

    /** Tag to documents; sorting all documents once keeps every tag's list in title order without sorting each. */
    private static TreeMap<String, List<Document>> tags(Collection<Document> documents) {
        List<Document> byTitle = new ArrayList<>(documents);
        byTitle.sort(BY_TITLE);
        Map<String, List<Document>> tags = new HashMap<>();
        for (Document doc : byTitle) {
            for (String tag : doc.tags()) {
                tags.computeIfAbsent(tag, t -> new ArrayList<>()).add(doc);
            }
        }
        TreeMap<String, List<Document>> sorted = new TreeMap<>();
        tags.forEach((tag, docs) -> sorted.put(tag, List.copyOf(docs)));
        return sorted;
    }
}
