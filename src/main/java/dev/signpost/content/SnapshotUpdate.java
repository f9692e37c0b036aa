package dev.signpost.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The shortcut for the most common change, editing the body of existing pages: when no page appeared or went,
 * no file next to the pages changed, and no edited page changed what navigation and lists show (address, title,
 * order, tags, description, owner), the routes, navigation and tags stay as they were with the new documents put
 * in place, and only the edited pages' links and the links pointing at them are checked again. Anything else is
 * a full {@link SnapshotBuilder#build}. Either way the result is the same snapshot.
 */
final class SnapshotUpdate {

    /** Up to this many edited pages (or an eighth of all) take the shortcut. */
    static final int SHORTCUT_LIMIT = 64;

    private SnapshotUpdate() {
    }

    static ContentSnapshot apply(ContentSnapshot before, Map<String, Document> documents, Map<String, Document.FileStamp> assets,
                                 Map<String, List<ContentProblem>> problems, Set<String> changed, Instant loadedAt) {
        Map<Document, Document> replaced = bodyEdits(before, documents, assets, changed);
        if (replaced == null) {
            return SnapshotBuilder.build(documents, assets, problems, loadedAt);
        }
        Map<String, Document> byUrl = new HashMap<>(before.byUrl());
        replaced.values().forEach(doc -> byUrl.put(doc.url(), doc));
        List<Document> reading = before.reading().stream().map(doc -> replaced.getOrDefault(doc, doc)).toList();
        TreeMap<String, List<Document>> tags = new TreeMap<>(before.tags());
        replaced.values().forEach(doc -> doc.tags().forEach(tag ->
                tags.put(tag, tags.get(tag).stream().map(d -> replaced.getOrDefault(d, d)).toList())));
        return new ContentSnapshot(Map.copyOf(documents), before.assets(), Collections.unmodifiableMap(new TreeMap<>(problems)),
                before.conflicts(), Collections.unmodifiableMap(byUrl), before.navigation(), reading, before.readingIndex(),
                Collections.unmodifiableSortedMap(tags), brokenLinks(before, replaced, byUrl),
                linkedFrom(before, replaced), loadedAt);
    }

    /** Old to new document for each edited page that is served, or null when the shortcut does not apply. */
    private static Map<Document, Document> bodyEdits(ContentSnapshot before, Map<String, Document> documents,
                                                     Map<String, Document.FileStamp> assets, Set<String> changed) {
        if (!before.assets().equals(assets) || before.documents().size() != documents.size()) {
            return null;
        }
        // Patching many pages (a whole source's origins at once) costs more than building anew.
        if (changed.size() > Math.max(SHORTCUT_LIMIT, documents.size() / 8)) {
            return null;
        }
        // By identity: a document is a record whose hash walks its whole body, headings and links.
        Map<Document, Document> replaced = new IdentityHashMap<>();
        for (String path : changed) {
            Document old = before.documents().get(path);
            Document now = documents.get(path);
            if (old == null || now == null || !sameListing(old, now) || before.byUrl().get(old.url()) != old) {
                return null;
            }
            replaced.put(old, now);
        }
        return replaced;
    }

    private static boolean sameListing(Document a, Document b) {
        return !a.folderSettings() && !b.folderSettings() && a.url().equals(b.url()) && a.title().equals(b.title())
                && a.navTitle().equals(b.navTitle()) && Objects.equals(a.order(), b.order())
                && a.tags().equals(b.tags()) && a.description().equals(b.description()) && a.owner().equals(b.owner());
    }

    private static List<BrokenLink> brokenLinks(ContentSnapshot before, Map<Document, Document> replaced, Map<String, Document> byUrl) {
        Set<String> recheck = new HashSet<>();
        for (Document doc : replaced.values()) {
            recheck.add(doc.path());
            recheck.addAll(before.linkedFrom().getOrDefault(doc.url(), Set.of()));
        }
        List<BrokenLink> broken = new ArrayList<>(LinkChecker.brokenLinks(
                recheck.stream().map(path -> byUrl.get(before.documents().get(path).url())).toList(), byUrl, before.assets()));
        before.brokenLinks().stream().filter(link -> !recheck.contains(link.path())).forEach(broken::add);
        broken.sort(LinkChecker.ORDER);
        return List.copyOf(broken);
    }

    private static Map<String, Set<String>> linkedFrom(ContentSnapshot before, Map<Document, Document> replaced) {
        Map<String, Set<String>> linkedFrom = new HashMap<>(before.linkedFrom());
        for (Map.Entry<Document, Document> edit : replaced.entrySet()) {
            String path = edit.getKey().path();
            for (InternalLink link : edit.getKey().links()) {
                Set<String> from = new HashSet<>(linkedFrom.getOrDefault(link.url(), Set.of()));
                from.remove(path);
                linkedFrom.put(link.url(), Set.copyOf(from));
            }
            for (InternalLink link : edit.getValue().links()) {
                Set<String> from = new HashSet<>(linkedFrom.getOrDefault(link.url(), Set.of()));
                from.add(path);
                linkedFrom.put(link.url(), Set.copyOf(from));
            }
        }
        linkedFrom.values().removeIf(Set::isEmpty);
        return Collections.unmodifiableMap(linkedFrom);
    }
}
