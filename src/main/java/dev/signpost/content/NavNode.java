package dev.signpost.content;

import java.util.List;

/**
 * One entry of the navigation tree: a page, a folder with its own page (when it has an index) and children, a section
 * of an {@code mkdocs.yml} nav (a folder entry whose folder is {@code ""}), or a link to another site.
 *
 * @param url       where the entry links to, or null for a folder without a page of its own
 * @param folder    the folder's path for folder entries ({@code ""} for an MkDocs nav section), null for plain pages
 * @param external  true for a link to another site ({@code url} is then an absolute http(s) address)
 */
public record NavNode(String title, String url, String folder, List<NavNode> children, boolean external) {

    public NavNode {
        children = List.copyOf(children);
    }

    public NavNode(String title, String url, String folder, List<NavNode> children) {
        this(title, url, folder, children, false);
    }

    /** A link to another site. */
    public static NavNode external(String title, String url) {
        return new NavNode(title, url, null, List.of(), true);
    }

    public boolean isFolder() {
        return folder != null;
    }

    public String href() {
        if (external) {
            return url;
        }
        return url == null ? null : ContentPaths.href(url);
    }

    /** True when this entry is {@code url} or contains it: the branch to show open. */
    public boolean contains(String target) {
        if (external) {
            return false;
        }
        if (target.equals(url)) {
            return true;
        }
        if (!isFolder()) {
            return false;
        }
        if (!folder.isEmpty()) {
            String folderUrl = ContentPaths.folderUrl(folder);
            if (target.startsWith(folderUrl + "/") || target.equals(folderUrl)) {
                return true;
            }
        }
        // A page whose address is not under its folder (a Docusaurus slug) or an MkDocs section.
        for (NavNode child : children) {
            if (child.contains(target)) {
                return true;
            }
        }
        return false;
    }
}
