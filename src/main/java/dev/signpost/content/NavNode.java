package dev.signpost.content;

import java.util.List;

/**
 * One entry of the navigation tree: a page, or a folder with its own page (when it has an index) and children.
 *
 * @param url       where the entry links to, or null for a folder without a page of its own
 * @param folder    the folder's path for folder entries, null for plain pages
 */
public record NavNode(String title, String url, String folder, List<NavNode> children) {

    public NavNode {
        children = List.copyOf(children);
    }

    public boolean isFolder() {
        return folder != null;
    }

    public String href() {
        return url == null ? null : ContentPaths.href(url);
    }

    /** True when this entry is {@code url} or contains it: the branch to show open. */
    public boolean contains(String target) {
        if (target.equals(url)) {
            return true;
        }
        return isFolder() && (target.startsWith(ContentPaths.DOCS + "/" + folder + "/") || target.equals(ContentPaths.DOCS + "/" + folder));
    }
}
