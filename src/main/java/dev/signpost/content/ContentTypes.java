package dev.signpost.content;

import java.util.List;
import java.util.Optional;

/**
 * Which files are not documentation pages but items of a feature with its own pages: the Markdown files directly in
 * one of these folders of the content root ({@code tools/helm.md} is the tool {@code helm} at {@code /tools/helm}).
 * A folder's {@code index.md} or {@code README.md} and files in its sub-folders stay documentation. Features
 * register their folder here; everything else about them (search, tags, freshness, links) is generic.
 */
public final class ContentTypes {

    /** The type of documentation pages. */
    public static final String PAGE = "page";
    /** A folder's settings for other tools' docs ({@code mkdocs.yml}, {@code _category_.json}): read, never served. */
    public static final String FOLDER_SETTINGS = "folder-settings";

    /**
     * A feature's content type: its documents' type, their folder, the URL their pages live under, what people call
     * one and several of them, and the title of the feature's page at {@code urlPrefix} (where breadcrumbs lead).
     */
    public record Kind(String type, String folder, String urlPrefix, String label, String plural, String pageTitle) {

        /** The URL of the item with this slug. */
        public String url(String slug) {
            return urlPrefix + "/" + slug;
        }
    }

    public static final Kind TOOL = new Kind("tool", "tools", "/tools", "Tool", "Tools", "Tools");
    public static final Kind ROADMAP = new Kind("roadmap-item", "roadmap", "/roadmap", "Roadmap item", "Roadmap items", "Roadmap");
    public static final Kind SIG = new Kind("sig", "sigs", "/sigs", "SIG", "SIGs", "SIGs");
    public static final Kind CAMPAIGN = new Kind("campaign", "campaigns", "/campaigns", "Campaign", "Campaigns", "Campaigns");

    static final List<Kind> KINDS = List.of(TOOL, ROADMAP, SIG, CAMPAIGN);

    /** Every feature's content type. */
    public static List<Kind> kinds() {
        return KINDS;
    }

    private ContentTypes() {
    }

    /** The feature type of the file at this content path, or empty for documentation. */
    public static Optional<Kind> of(String path) {
        int slash = path.indexOf('/');
        if (slash < 0 || path.indexOf('/', slash + 1) >= 0 || !ContentPaths.isMarkdown(path) || ContentPaths.isFolderPage(path)) {
            return Optional.empty();
        }
        String folder = path.substring(0, slash);
        return KINDS.stream().filter(k -> k.folder().equals(folder)).findFirst();
    }

    /** The document type of the file at this path: a feature's type, or {@value #PAGE}. */
    public static String typeOf(String path) {
        return of(path).map(Kind::type).orElse(PAGE);
    }

    /** True for the address of a feature's item ({@code /tools/helm}), which must be in the content like a page's. */
    public static boolean isItemUrl(String url) {
        return KINDS.stream().anyMatch(k -> url.startsWith(k.urlPrefix() + "/") && url.indexOf('/', k.urlPrefix().length() + 1) < 0);
    }

    /**
     * A document type as people read it: a feature's label, "Page" for documentation, and for any other type its
     * words capitalised ({@code test-widget} is "Test widget").
     */
    public static String label(String type) {
        if (type == null || type.isEmpty()) {
            return "";
        }
        Optional<Kind> kind = KINDS.stream().filter(k -> k.type().equals(type)).findFirst();
        if (kind.isPresent()) {
            return kind.get().label();
        }
        String spaced = type.replace('-', ' ').replace('_', ' ');
        return spaced.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + spaced.substring(1);
    }

    /** Several documents of a type, as people say it: "Tools", "Practice pages"; the label for other types. */
    public static String plural(String type) {
        if (PAGE.equals(type)) {
            return "Practice pages";
        }
        return KINDS.stream().filter(k -> k.type().equals(type)).findFirst().map(Kind::plural).orElseGet(() -> label(type));
    }

    /** The slug of a feature item: its file name without the extension. */
    public static String slug(String path) {
        return ContentPaths.stripExtension(ContentPaths.fileName(path));
    }
}
