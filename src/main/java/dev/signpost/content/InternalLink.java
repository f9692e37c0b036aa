package dev.signpost.content;

/**
 * A link from a page to something inside the portal, already rewritten to a portal URL.
 *
 * @param href    the link as written in the Markdown
 * @param url     the portal path it points to (decoded, without fragment), e.g. {@code /docs/practices/ci}
 * @param anchor  the fragment without '#', or empty
 */
public record InternalLink(String href, String url, String anchor) {
}
