package dev.signpost.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The navigation of a folder with an {@code mkdocs.yml}: its {@code nav} entries in order ({@code page.md},
 * {@code Title: page.md}, {@code Title: https://...} as a link to another site, {@code Section: [...]}, a section
 * whose first entry is an index page linking to it), then the pages of its docs folder that the nav does not list, in
 * the usual order. Paths count from the docs folder: {@code docs_dir} under the file's folder when pages are there,
 * else the file's own folder (a git source mounts the {@code docs_dir} itself). An entry naming no page is reported.
 */
final class MkDocsNav {

    private final Navigation.Tree tree;
    private final FolderSettings site;
    private final String base;
    private final Set<String> listed = new HashSet<>();

    MkDocsNav(Navigation.Tree tree, FolderSettings site) {
        this.tree = tree;
        this.site = site;
        String inside = ContentPaths.mounted(site.folder(), site.docsDir());
        this.base = site.docsDir().isEmpty() || !tree.folders.containsKey(inside) ? site.folder() : inside;
    }

    List<NavNode> entries() {
        List<NavNode> entries = new ArrayList<>(entries(site.nav()));
        if (!tree.folders.containsKey(base)) {
            return entries;
        }
        Navigation.Folder docs = tree.folders.get(base);
        if (!base.equals(site.folder()) && docs.page != null && !listed.contains(docs.page.path())) {
            entries.add(new NavNode(docs.page.navTitle(), docs.page.url(), null, List.of()));
        }
        Set<String> done = Set.copyOf(listed);
        entries.addAll(tree.children(base, done.isEmpty() ? Set.of("\0") : done));
        if (!base.equals(site.folder())) {
            // Whatever sits beside the docs folder (a README next to mkdocs.yml) comes last.
            tree.children(site.folder(), Set.of("\0")).stream()
                    .filter(node -> !base.equals(node.folder()))
                    .forEach(entries::add);
        }
        return entries;
    }

    private List<NavNode> entries(List<?> nav) {
        List<NavNode> nodes = new ArrayList<>();
        for (Object entry : nav) {
            NavNode node = entry instanceof Map<?, ?> map && map.size() == 1 ? titled(map.entrySet().iterator().next())
                    : entry instanceof String path ? page(null, path) : null;
            if (node != null) {
                nodes.add(node);
            }
        }
        return nodes;
    }

    private NavNode titled(Map.Entry<?, ?> entry) {
        String title = entry.getKey() == null ? null : entry.getKey().toString().strip();
        Object value = entry.getValue();
        if (value instanceof List<?> children) {
            List<NavNode> inside = entries(children);
            String url = null;
            if (!inside.isEmpty() && indexPage(children.get(0))) {
                url = inside.get(0).url();
                inside = inside.subList(1, inside.size());
            }
            return new NavNode(title, url, "", inside);
        }
        String target = FolderSettings.text(value);
        if (target == null) {
            return null;
        }
        if (target.startsWith("https://") || target.startsWith("http://")) {
            return NavNode.external(title, target);
        }
        return page(title, target);
    }

    private NavNode page(String title, String written) {
        String path = ContentPaths.resolve(ContentPaths.mounted(base, "x"), written.replaceFirst("#.*$", "")).orElse(null);
        Document doc = path == null ? null : tree.byPath.get(path);
        if (doc == null && path != null && !path.isEmpty()) {
            doc = tree.byPath.get(path.replaceAll("/+$", "") + "/index.md");
        }
        if (doc == null) {
            tree.problems.add(ContentProblem.warning(ContentPaths.mounted(site.folder(), "mkdocs.yml"), 0, "The nav names '" + written
                    + "', which is not a page here; the entry is left out."));
            return null;
        }
        listed.add(doc.path());
        return new NavNode(title == null || title.isEmpty() ? doc.navTitle() : title, doc.url(), null, List.of());
    }

    private static boolean indexPage(Object entry) {
        String path = entry instanceof String s ? s : null;
        return path != null && ContentPaths.isFolderPage(path);
    }
}
