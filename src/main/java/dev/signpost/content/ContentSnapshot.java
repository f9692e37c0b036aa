package dev.signpost.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Everything the portal knows about its content at one moment. Immutable: a reload builds a new snapshot and
 * swaps it in whole, so a reader never sees half a load. Build one with {@link SnapshotBuilder}.
 *
 * @param documents   every successfully parsed file by path, including the last good version of files that later failed
 * @param assets      non-Markdown files by path (images, PDFs) that pages may link to
 * @param problems    what went wrong, by file
 * @param conflicts   files not served because another file has the same address
 * @param byUrl       the routable documents by portal URL
 * @param navigation  the top level of the navigation tree
 * @param reading     the routable documents in navigation order, for previous/next
 * @param tags        tag to documents, sorted by tag, documents sorted by title
 * @param brokenLinks links to pages, files or anchors that do not exist
 * @param linkedFrom  portal URL to the paths of the routable documents that link to it
 * @param loadedAt    when this snapshot was built
 */
public record ContentSnapshot(
        Map<String, Document> documents,
        Map<String, Document.FileStamp> assets,
        Map<String, List<ContentProblem>> problems,
        List<ContentProblem> conflicts,
        Map<String, Document> byUrl,
        List<NavNode> navigation,
        List<Document> reading,
        Map<String, Integer> readingIndex,
        SortedMap<String, List<Document>> tags,
        List<BrokenLink> brokenLinks,
        Map<String, Set<String>> linkedFrom,
        Instant loadedAt) {

    public static final ContentSnapshot EMPTY = SnapshotBuilder.build(Map.of(), Map.of(), Map.of(), Instant.EPOCH);

    public Optional<Document> page(String url) {
        return Optional.ofNullable(byUrl.get(url));
    }

    public Optional<Document> previous(Document doc) {
        Integer at = readingIndex.get(doc.url());
        return at == null || at == 0 ? Optional.empty() : Optional.of(reading.get(at - 1));
    }

    public Optional<Document> next(Document doc) {
        Integer at = readingIndex.get(doc.url());
        return at == null || at + 1 >= reading.size() ? Optional.empty() : Optional.of(reading.get(at + 1));
    }

    /** Every owner named by a routable document, sorted: the teams feedback can be routed to. */
    public SortedSet<String> owners() {
        SortedSet<String> owners = new TreeSet<>();
        byUrl.values().forEach(doc -> {
            if (!doc.owner().isBlank()) {
                owners.add(doc.owner());
            }
        });
        return Collections.unmodifiableSortedSet(owners);
    }

    /**
     * Served documents related to one, in this order: those that link to it, those it links to, those that share a
     * tag with it. Without the document itself and without repeats.
     */
    public List<Document> related(Document doc) {
        // Keyed by path: a document is a record whose hash walks its whole body, headings and links.
        Map<String, Document> found = new java.util.LinkedHashMap<>();
        linkedFrom.getOrDefault(doc.url(), Set.of()).stream().sorted().forEach(path -> {
            Document from = documents.get(path);
            if (from != null && byUrl.get(from.url()) == from) {
                found.putIfAbsent(from.path(), from);
            }
        });
        doc.links().forEach(link -> {
            Document to = byUrl.get(link.url());
            if (to != null) {
                found.putIfAbsent(to.path(), to);
            }
        });
        doc.tags().forEach(tag -> tagged(tag).forEach(other -> found.putIfAbsent(other.path(), other)));
        found.remove(doc.path());
        return List.copyOf(found.values());
    }

    public List<Document> tagged(String tag) {
        return tags.getOrDefault(tag, List.of());
    }

    /** Every problem, ordered by file then line. */
    public List<ContentProblem> allProblems() {
        List<ContentProblem> all = new ArrayList<>(conflicts);
        problems.values().forEach(all::addAll);
        all.sort(Comparator.comparing(ContentProblem::path).thenComparingInt(ContentProblem::line));
        return Collections.unmodifiableList(all);
    }

    /**
     * The folders above a page, top first, each with its page when it has one: the breadcrumb trail. A feature's item
     * ({@code tools/helm.md}) is under its feature's list ({@code /tools}), not under its folder.
     */
    public List<NavNode> ancestors(Document doc) {
        Optional<ContentTypes.Kind> kind = ContentTypes.of(doc.path());
        if (kind.isPresent()) {
            return List.of(new NavNode(kind.get().pageTitle(), kind.get().urlPrefix(), null, List.of()));
        }
        List<NavNode> trail = new ArrayList<>();
        String folder = ContentPaths.parent(doc.path());
        if (doc.folderPage()) {
            folder = ContentPaths.parent(folder);
            if (doc.url().equals("/")) {
                return List.of();
            }
        }
        while (!folder.isEmpty()) {
            Document page = byUrl.get(ContentPaths.DOCS + "/" + folder);
            String title = page != null ? page.title() : ContentPaths.humanise(ContentPaths.fileName(folder));
            trail.add(0, new NavNode(title, page == null ? null : page.url(), folder, List.of()));
            folder = ContentPaths.parent(folder);
        }
        return trail;
    }
}
