package dev.signpost.content;

import dev.signpost.content.markdown.Heading;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One Markdown file, parsed and rendered. Immutable; {@code html} is sanitised and safe to emit unescaped.
 *
 * @param path        the file relative to the content root, '/'-separated
 * @param url         the portal URL (decoded), see {@link ContentPaths#pageUrl(String)}
 * @param type        the kind of document ("page" for documentation; later features add their own)
 * @param order       the {@code order} front matter, or null to sort by title
 * @param text        the rendered body as plain text, for search and summaries
 * @param prose       the plain text without code blocks and other preformatted text: what the page says in words
 * @param anchors     every element id in the body, for checking links to {@code #anchors}
 * @param frontMatter every front matter key as written, for features that read their own keys
 * @param stamp       size and modification time of the file this was read from
 * @param origin      its source, the file's path there, and its last change
 */
public record Document(
        String path,
        String url,
        String type,
        String title,
        String description,
        String owner,
        List<String> tags,
        Integer order,
        Freshness freshness,
        String html,
        String text,
        String prose,
        List<Heading> headings,
        Set<String> anchors,
        List<InternalLink> links,
        Map<String, Object> frontMatter,
        FileStamp stamp,
        Origin origin) {

    public Document {
        tags = List.copyOf(tags);
        headings = List.copyOf(headings);
        anchors = Set.copyOf(anchors);
        links = List.copyOf(links);
        frontMatter = Map.copyOf(frontMatter);
    }

    /** The same document from another origin: its source and last change (a source sets them after parsing). */
    public Document withOrigin(Origin origin) {
        return new Document(path, url, type, title, description, owner, tags, order, freshness, html, text, prose, headings,
                anchors, links, frontMatter, stamp, origin);
    }

    public String href() {
        return ContentPaths.href(url);
    }

    /** When the file last changed, as far as is known: its origin's last change, else its modification time; else null. */
    public Instant changedAt() {
        if (origin != null && origin.updated() != null) {
            return origin.updated();
        }
        return stamp == null ? null : stamp.lastModified();
    }

    public boolean folderPage() {
        return ContentPaths.isFolderPage(path);
    }

    /** Size and modification time of a file when it was read; a rescan compares them to find changes. */
    public record FileStamp(long size, Instant lastModified) {
    }
}
