package dev.signpost.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the navigation tree from folders: a folder's page names it, {@code order} (or Docusaurus'
 * {@code sidebar_position}, or a number prefix such as {@code 01-}) sorts, then title. A folder's
 * {@code _category_.json}/{@code .yml} gives its label and position; an {@code mkdocs.yml} orders and titles its
 * folder's pages by its {@code nav} ({@link MkDocsNav}), the pages it does not list following.
 */
final class Navigation {

    private Navigation() {
    }

    static List<NavNode> build(Collection<Document> routable) {
        return build(routable, List.of(), new ArrayList<>());
    }

    /** @param problems where nav entries naming no page are reported */
    static List<NavNode> build(Collection<Document> routable, Collection<FolderSettings> settings, List<ContentProblem> problems) {
        Tree tree = new Tree(settings, problems);
        tree.folder("");
        for (Document doc : routable) {
            Folder f = tree.folder(ContentPaths.parent(doc.path()));
            if (doc.folderPage() && (f.page == null || isIndex(doc) && !isIndex(f.page))) {
                if (f.page != null) {
                    f.pages.add(f.page);
                }
                f.page = doc;
            } else {
                f.pages.add(doc);
            }
            tree.byPath.put(doc.path(), doc);
        }
        return tree.children("", Set.of());
    }

    private static boolean isIndex(Document doc) {
        return ContentPaths.stripExtension(ContentPaths.fileName(doc.path())).equalsIgnoreCase("index");
    }

    static List<Document> readingOrder(List<NavNode> navigation, Map<String, Document> byUrl) {
        List<Document> order = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Document home = byUrl.get("/");
        if (home != null) {
            order.add(home);
            seen.add("/");
        }
        walk(navigation, byUrl, order, seen);
        return order;
    }

    private static void walk(List<NavNode> nodes, Map<String, Document> byUrl, List<Document> order, Set<String> seen) {
        for (NavNode node : nodes) {
            if (!node.external() && node.url() != null && byUrl.containsKey(node.url()) && seen.add(node.url())) {
                order.add(byUrl.get(node.url()));
            }
            walk(node.children(), byUrl, order, seen);
        }
    }

    /** The folders found, with their pages and settings. */
    static final class Tree {
        final Map<String, Folder> folders = new TreeMap<>();
        final Map<String, Document> byPath = new HashMap<>();
        final Map<String, FolderSettings> categories = new HashMap<>();
        final Map<String, FolderSettings> mkdocs = new HashMap<>();
        final List<ContentProblem> problems;

        Tree(Collection<FolderSettings> settings, List<ContentProblem> problems) {
            this.problems = problems;
            for (FolderSettings s : settings) {
                (s.mkdocs() ? mkdocs : categories).put(s.folder(), s);
            }
        }

        Folder folder(String path) {
            Folder existing = folders.get(path);
            if (existing != null) {
                return existing;
            }
            Folder created = new Folder(path);
            folders.put(path, created);
            if (!path.isEmpty()) {
                folder(ContentPaths.parent(path)).subfolders.add(path);
            }
            return created;
        }

        /** The entries of a folder, leaving out the pages at {@code listed} (an mkdocs.yml nav placed them already). */
        List<NavNode> children(String path, Set<String> listed) {
            FolderSettings site = mkdocs.get(path);
            if (site != null && listed.isEmpty()) {
                return new MkDocsNav(this, site).entries();
            }
            Folder folder = folders.get(path);
            List<Sortable> entries = new ArrayList<>();
            for (Document doc : folder.pages) {
                if (!listed.contains(doc.path())) {
                    entries.add(new Sortable(order(doc.order(), ContentPaths.fileName(doc.path())), doc.navTitle(),
                            new NavNode(doc.navTitle(), doc.url(), null, List.of())));
                }
            }
            for (String sub : folder.subfolders) {
                NavNode node = folderNode(sub, listed);
                if (node != null) {
                    entries.add(new Sortable(folderOrder(sub), node.title(), node));
                }
            }
            entries.sort(Comparator.comparingDouble((Sortable s) -> s.order == null ? Double.MAX_VALUE : s.order)
                    .thenComparing(s -> s.title, String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(s -> s.node.folder() == null ? "" : s.node.folder()));
            return entries.stream().map(s -> s.node).toList();
        }

        /** A folder's entry, or null when everything in it is listed elsewhere. */
        NavNode folderNode(String sub, Set<String> listed) {
            Folder f = folders.get(sub);
            Document page = f.page != null && !listed.contains(f.page.path()) ? f.page : null;
            List<NavNode> children = children(sub, listed);
            if (page == null && children.isEmpty() && !listed.isEmpty()) {
                return null;
            }
            return new NavNode(folderTitle(sub), page == null ? null : page.url(), sub, children);
        }

        String folderTitle(String sub) {
            FolderSettings s = categories.getOrDefault(sub, mkdocs.get(sub));
            if (s != null && s.label() != null) {
                return s.label();
            }
            Folder f = folders.get(sub);
            return f.page != null ? f.page.navTitle() : FileNames.title(sub);
        }

        private Double folderOrder(String sub) {
            FolderSettings s = categories.get(sub);
            if (s != null && s.position() != null) {
                return s.position();
            }
            Folder f = folders.get(sub);
            return order(f.page == null ? null : f.page.order(), ContentPaths.fileName(sub));
        }

        private static Double order(Integer declared, String name) {
            if (declared != null) {
                return declared.doubleValue();
            }
            Integer prefix = FileNames.numberPrefix(name);
            return prefix == null ? null : prefix.doubleValue();
        }
    }

    static final class Folder {
        final String path;
        Document page;
        final List<Document> pages = new ArrayList<>();
        final List<String> subfolders = new ArrayList<>();

        Folder(String path) {
            this.path = path;
        }
    }

    private record Sortable(Double order, String title, NavNode node) {
    }
}
