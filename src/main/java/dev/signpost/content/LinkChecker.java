package dev.signpost.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds links to pages, files and anchors that the content does not have, and who links to what. */
final class LinkChecker {

    static final Comparator<BrokenLink> ORDER = Comparator.comparing(BrokenLink::path).thenComparing(BrokenLink::href);

    private LinkChecker() {
    }

    /** The broken links of the given documents, sorted by file then link. */
    static List<BrokenLink> brokenLinks(Collection<Document> documents, Map<String, Document> byUrl,
                                        Map<String, Document.FileStamp> assets) {
        List<BrokenLink> broken = new ArrayList<>();
        for (Document doc : documents) {
            for (InternalLink link : doc.links()) {
                String reason = check(link, byUrl, assets);
                if (reason != null) {
                    broken.add(new BrokenLink(doc.path(), link.href(), reason));
                }
            }
        }
        broken.sort(ORDER);
        return broken;
    }

    /** Portal URL to the paths of the documents that link to it (a page's own anchors included). */
    static Map<String, Set<String>> linkedFrom(Collection<Document> documents) {
        Map<String, Set<String>> linkedFrom = new HashMap<>();
        for (Document doc : documents) {
            for (InternalLink link : doc.links()) {
                linkedFrom.computeIfAbsent(link.url(), url -> new HashSet<>()).add(doc.path());
            }
        }
        linkedFrom.replaceAll((url, paths) -> Set.copyOf(paths));
        return Collections.unmodifiableMap(linkedFrom);
    }

    private static String check(InternalLink link, Map<String, Document> byUrl, Map<String, Document.FileStamp> assets) {
        String url = link.url();
        if (url.isEmpty()) {
            return "points outside the content folder";
        }
        // A Markdown link to a feature item's file must find it; an absolute /tools/... link may be a feature's own page.
        if (!url.equals("/") && !url.equals(ContentPaths.DOCS) && !url.startsWith(ContentPaths.DOCS + "/")
                && !(ContentTypes.isItemUrl(url) && ContentPaths.isMarkdown(link.href().replaceFirst("#.*$", "")))) {
            return null;
        }
        String trimmed = url.length() > 1 && url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        Document target = byUrl.get(trimmed.equals(ContentPaths.DOCS) ? "/" : trimmed);
        if (target == null) {
            boolean asset = trimmed.startsWith(ContentPaths.DOCS + "/") && assets.containsKey(trimmed.substring(ContentPaths.DOCS.length() + 1));
            return asset ? null : "no page or file at " + trimmed;
        }
        if (!link.anchor().isEmpty() && !target.anchors().contains(link.anchor())) {
            return "no heading or anchor '#" + link.anchor() + "' in " + target.path();
        }
        return null;
    }
}
