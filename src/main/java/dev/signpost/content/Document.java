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
 * @param unreadFrontMatter front matter that could not be read on a page served without it, else null
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
        Origin origin,
        UnreadFrontMatter unreadFrontMatter) {

    public Document {
        tags = List.copyOf(tags);
        headings = List.copyOf(headings);
        anchors = Set.copyOf(anchors);
        links = List.copyOf(links);
        frontMatter = Map.copyOf(frontMatter);
    }

    /** A document whose front matter was read. */
    public Document(String path, String url, String type, String title, String description, String owner, List<String> tags,
            Integer order, Freshness freshness, String html, String text, String prose, List<Heading> headings, Set<String> anchors,
            List<InternalLink> links, Map<String, Object> frontMatter, FileStamp stamp, Origin origin) {
        this(path, url, type, title, description, owner, tags, order, freshness, html, text, prose, headings, anchors, links,
                frontMatter, stamp, origin, null);
    }

    /** The same document from another origin: its source and last change (a source sets them after parsing). */
    public Document withOrigin(Origin origin) {
        return new Document(path, url, type, title, description, owner, tags, order, freshness, html, text, prose, headings,
                anchors, links, frontMatter, stamp, origin, unreadFrontMatter);
    }

    /** True for a file that arranges other documents ({@code mkdocs.yml}, {@code _category_.json}), never served itself. */
    public boolean folderSettings() {
        return ContentTypes.FOLDER_SETTINGS.equals(type);
    }

    /** The title the navigation shows: Docusaurus' {@code sidebar_label} when there is one, else the title. */
    public String navTitle() {
        Object label = frontMatter.get(dev.signpost.content.frontmatter.FrontMatterKeys.SIDEBAR_LABEL);
        String text = label == null ? "" : label.toString().strip();
        return text.isEmpty() ? title : text;
    }

    /** Whether the page asks for no table of contents (Docusaurus' {@code hide_table_of_contents}). */
    public boolean hidesTableOfContents() {
        return Boolean.TRUE.equals(frontMatter.get(dev.signpost.content.frontmatter.FrontMatterKeys.HIDE_TABLE_OF_CONTENTS))
                || "true".equals(String.valueOf(frontMatter.get(dev.signpost.content.frontmatter.FrontMatterKeys.HIDE_TABLE_OF_CONTENTS)));
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
