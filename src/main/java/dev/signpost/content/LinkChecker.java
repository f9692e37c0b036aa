package dev.signpost.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Finds links to pages, files and anchors that the content does not have. */
final class LinkChecker {

    private LinkChecker() {
    }

    static List<BrokenLink> brokenLinks(Map<String, Document> byUrl, Map<String, Document.FileStamp> assets) {
        List<BrokenLink> broken = new ArrayList<>();
        for (Document doc : byUrl.values()) {
            for (InternalLink link : doc.links()) {
                String reason = check(link, byUrl, assets);
                if (reason != null) {
                    broken.add(new BrokenLink(doc.path(), link.href(), reason));
                }
            }
        }
        broken.sort(Comparator.comparing(BrokenLink::path).thenComparing(BrokenLink::href));
        return List.copyOf(broken);
    }

    private static String check(InternalLink link, Map<String, Document> byUrl, Map<String, Document.FileStamp> assets) {
        String url = link.url();
        if (url.isEmpty()) {
            return "points outside the content folder";
        }
        if (!url.equals("/") && !url.equals(ContentPaths.DOCS) && !url.startsWith(ContentPaths.DOCS + "/")) {
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
