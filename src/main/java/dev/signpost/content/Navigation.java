package dev.signpost.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds the navigation tree from folders: a folder's page names it, {@code order} sorts, then title. */
final class Navigation {

    private Navigation() {
    }

    static List<NavNode> build(Collection<Document> routable) {
        Map<String, Folder> folders = new TreeMap<>();
        folders.put("", new Folder(""));
        for (Document doc : routable) {
            String folder = ContentPaths.parent(doc.path());
            Folder f = folder(folders, folder);
            if (doc.folderPage() && doc.url().equals(folder.isEmpty() ? "/" : ContentPaths.DOCS + "/" + folder)) {
                f.page = doc;
            } else {
                f.pages.add(doc);
            }
        }
        return folders.get("").children(folders);
    }

    static List<Document> readingOrder(List<NavNode> navigation, Map<String, Document> byUrl) {
        List<Document> order = new ArrayList<>();
        Document home = byUrl.get("/");
        if (home != null) {
            order.add(home);
        }
        walk(navigation, byUrl, order);
        return order;
    }

    private static void walk(List<NavNode> nodes, Map<String, Document> byUrl, List<Document> order) {
        for (NavNode node : nodes) {
            if (node.url() != null && byUrl.containsKey(node.url())) {
                order.add(byUrl.get(node.url()));
            }
            walk(node.children(), byUrl, order);
        }
    }

    private static Folder folder(Map<String, Folder> folders, String path) {
        Folder existing = folders.get(path);
        if (existing != null) {
            return existing;
        }
        Folder created = new Folder(path);
        folders.put(path, created);
        if (!path.isEmpty()) {
            folder(folders, ContentPaths.parent(path)).subfolders.add(path);
        }
        return created;
    }

    private static final class Folder {
        final String path;
        Document page;
        final List<Document> pages = new ArrayList<>();
        final List<String> subfolders = new ArrayList<>();

        Folder(String path) {
            this.path = path;
        }

        List<NavNode> children(Map<String, Folder> folders) {
            List<Sortable> entries = new ArrayList<>();
            for (Document doc : pages) {
                entries.add(new Sortable(doc.order(), doc.title(), new NavNode(doc.title(), doc.url(), null, List.of())));
            }
            for (String sub : subfolders) {
                Folder f = folders.get(sub);
                String title = f.page != null ? f.page.title() : ContentPaths.humanise(ContentPaths.fileName(sub));
                Integer order = f.page != null ? f.page.order() : null;
                entries.add(new Sortable(order, title, new NavNode(title, f.page == null ? null : f.page.url(), sub, f.children(folders))));
            }
            entries.sort(Comparator.comparing((Sortable s) -> s.order == null ? Integer.MAX_VALUE : s.order)
                    .thenComparing(s -> s.title, String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(s -> s.node.folder() == null ? "" : s.node.folder()));
            return entries.stream().map(s -> s.node).toList();
        }
    }

    private record Sortable(Integer order, String title, NavNode node) {
    }
}
