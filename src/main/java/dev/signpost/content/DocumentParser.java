package dev.signpost.content;

import dev.signpost.content.frontmatter.FrontMatter;
import dev.signpost.content.frontmatter.FrontMatterKeys;
import dev.signpost.content.markdown.MarkdownRenderer;
import dev.signpost.content.markdown.MdxSimplifier;
import dev.signpost.content.markdown.Snippets;
import dev.signpost.content.cache.RenderCache;
import dev.signpost.content.markdown.RenderedBody;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Pure function from a file's bytes to a {@link Document}: decode, split front matter, read the known keys,
 * render the body. Problems with single keys are warnings (the page is still built); a settings file that is not
 * YAML or JSON is a {@link ContentException}.
 */
public final class DocumentParser {

    private final MarkdownRenderer renderer;
    private final RenderCache cache;
    private final ReviewInterval defaultInterval;
    private final String defaultOwner;
    private final String mount;

    public DocumentParser(MarkdownRenderer renderer, ReviewInterval defaultInterval) {
        this(renderer, RenderCache.off(), defaultInterval, "", "");
    }

    /** A parser whose rendered bodies are kept in {@code cache} between restarts. */
    public DocumentParser(MarkdownRenderer renderer, RenderCache cache, ReviewInterval defaultInterval) {
        this(renderer, cache, defaultInterval, "", "");
    }

    /**
     * @param defaultOwner the owner of pages that name none (a source's owner team), or empty
     * @param mount        the folder the source is mounted at, where a {@code slug: /x} counts from
     */
    private DocumentParser(MarkdownRenderer renderer, RenderCache cache, ReviewInterval defaultInterval, String defaultOwner, String mount) {
        this.renderer = renderer;
        this.cache = cache;
        this.defaultInterval = defaultInterval;
        this.defaultOwner = defaultOwner == null ? "" : defaultOwner.strip();
        this.mount = mount == null ? "" : mount;
    }

    /** The same parser for a source whose pages without an owner belong to {@code owner}. */
    public DocumentParser withDefaultOwner(String owner) {
        return new DocumentParser(renderer, cache, defaultInterval, owner, mount);
    }

    /** The same parser for a source mounted at {@code mount} (Docusaurus' {@code slug: /x} counts from there). */
    public DocumentParser withMount(String mount) {
        return new DocumentParser(renderer, cache, defaultInterval, defaultOwner, mount);
    }

    /** The parsed document and the warnings about it. */
    public record Parsed(Document document, List<ContentProblem> warnings) {
    }

    /**
     * Parses one file. Front matter that is not YAML does not stop the page: it is built from its body alone and
     * carries {@link Document#unreadFrontMatter()} (with an error among the warnings); the snapshot keeps a last good
     * version instead when there is one. Folder settings files become documents that are never served.
     */
    public Parsed parse(String path, byte[] bytes, Document.FileStamp stamp) throws ContentException {
        return parse(path, bytes, stamp, Snippets.NONE);
    }

    /** Parses a file whose snippets ({@code --8<--}) are read from {@code snippets}, the file's own source. */
    public Parsed parse(String path, byte[] bytes, Document.FileStamp stamp, Snippets.Source snippets) throws ContentException {
        TextDecoding decoded = TextDecoding.of(bytes);
        List<ContentProblem> warnings = new ArrayList<>();
        if (decoded.guessed()) {
            warnings.add(decoded.warning(path));
        }
        if (ContentPaths.isFolderSettings(path)) {
            return new Parsed(settings(path, FolderSettings.read(path, decoded.text()), stamp), warnings);
        }
        FrontMatter fm;
        UnreadFrontMatter unread = null;
        try {
            fm = FrontMatter.parse(decoded.text());
        } catch (ContentException e) {
            FrontMatter.Split split = FrontMatter.split(decoded.text());
            fm = new FrontMatter(Map.of(), split.body(), split.bodyLine());
            unread = new UnreadFrontMatter(e.line(), e.getMessage(), split.yaml());
            warnings.add(ContentProblem.error(path, e.line(), e.getMessage()));
        }
        FrontMatterReader keys = new FrontMatterReader(path, fm.values());
        String declaredTitle = firstNonBlank(keys.string(FrontMatterKeys.TITLE), keys.string(FrontMatterKeys.SIDEBAR_LABEL));
        List<ContentProblem> notes = new ArrayList<>();
        Snippets.Expanded expanded = Snippets.expand(path, fm.body(), snippets);
        notes.addAll(expanded.problems());
        String markdown = expanded.markdown();
        if (ContentPaths.isMdx(path) || MdxSimplifier.looksLikeMdx(markdown)) {
            MdxSimplifier.Simplified simplified = MdxSimplifier.simplify(markdown);
            markdown = simplified.markdown();
            if (!simplified.changes().isEmpty()) {
                notes.add(ContentProblem.warning(path, 0, "MDX rendered as Markdown: " + String.join("; ", simplified.changes()) + "."));
            }
        }
        RenderedBody body = cache.render(path, declaredTitle.isEmpty() ? null : declaredTitle, markdown, renderer::render);
        String title = firstNonBlank(declaredTitle, body.leadingH1(), fallbackTitle(path));
        Freshness freshness = Freshness.of(keys.date(FrontMatterKeys.REVIEWED), keys.interval(defaultInterval), keys.date(FrontMatterKeys.EXPIRES));
        String url = PageAddress.of(path, mount, keys.string(FrontMatterKeys.SLUG), keys.string(FrontMatterKeys.ID), warnings);
        Document document = new Document(path, url, ContentTypes.typeOf(path), title,
                nullToEmpty(keys.string(FrontMatterKeys.DESCRIPTION)), firstNonBlank(keys.string(FrontMatterKeys.OWNER), defaultOwner),
                keys.tags(), keys.order(), freshness, body.html(), body.text(), body.prose(), body.headings(), body.anchors(),
                body.links(), fm.values(), stamp, Origin.unknown(path), unread);
        warnings.addAll(keys.warnings());
        warnings.addAll(notes);
        return new Parsed(document, List.copyOf(warnings));
    }

    private Document settings(String path, Map<String, Object> values, Document.FileStamp stamp) {
        return new Document(path, ContentPaths.assetUrl(path), ContentTypes.FOLDER_SETTINGS, ContentPaths.fileName(path), "", "",
                List.of(), null, Freshness.of(null, defaultInterval, null), "", "", "", List.of(), java.util.Set.of(), List.of(),
                values, stamp, Origin.unknown(path));
    }

    private static String fallbackTitle(String path) {
        if (ContentPaths.isFolderPage(path)) {
            String folder = ContentPaths.parent(path);
            return folder.isEmpty() ? "Home" : FileNames.title(folder);
        }
        return FileNames.title(path);
    }

    private static String firstNonBlank(String... candidates) {
        return Arrays.stream(candidates).filter(c -> c != null && !c.isBlank()).findFirst().orElse("").strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
