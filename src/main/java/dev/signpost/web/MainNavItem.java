package dev.signpost.web;

/**
 * One entry of the site's main navigation. A feature that has pages produces one as a CDI bean; sections
 * that don't exist yet are simply absent.
 *
 * @param position sorts the entries, lowest first
 */
public record MainNavItem(String label, String href, int position) {

    /** True when the current request path is inside this section. */
    public boolean active(String path) {
        return path != null && (path.equals(href) || path.startsWith(href + "/"));
    }
}
