package dev.signpost.content;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;

/**
 * Pure functions from content paths (relative, '/'-separated, e.g. {@code practices/ci/index.md}) to portal URLs.
 * A folder's page is its {@code index.md}, or its {@code README.md} when there is no index.
 */
public final class ContentPaths {

    public static final String DOCS = "/docs";

    private ContentPaths() {
    }

    /** A page's file: Markdown, or Docusaurus' MDX (rendered as Markdown, see {@code MdxSimplifier}). */
    public static boolean isMarkdown(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".mdx");
    }

    /** True for a Docusaurus MDX file. */
    public static boolean isMdx(String path) {
        return path.toLowerCase(Locale.ROOT).endsWith(".mdx");
    }

    /**
     * True for the files other tools keep beside their docs to arrange them: MkDocs' {@code mkdocs.yml} and
     * Docusaurus' {@code _category_.json} / {@code _category_.yml}. They are read like pages, but never served.
     */
    public static boolean isFolderSettings(String path) {
        String name = fileName(path).toLowerCase(Locale.ROOT);
        return name.equals("mkdocs.yml") || name.equals("mkdocs.yaml") || name.equals("_category_.json")
                || name.equals("_category_.yml") || name.equals("_category_.yaml");
    }

    /** A file that becomes a {@link Document}: Markdown, or a folder's settings. */
    public static boolean isDocumentFile(String path) {
        return isMarkdown(path) || isFolderSettings(path);
    }

    /** The address of a folder's page: {@code ""} is the home page, {@code 2-guides/setup -> /docs/guides/setup}. */
    public static String folderUrl(String folder) {
        return folder.isEmpty() ? "/" : DOCS + "/" + FileNames.unprefixed(folder);
    }

    /** True for a folder's own page: {@code index.md} or {@code README.md}. */
    public static boolean isFolderPage(String path) {
        String name = stripExtension(fileName(path)).toLowerCase(Locale.ROOT);
        return name.equals("index") || name.equals("readme");
    }

    /**
     * The portal URL of a Markdown file (decoded): {@code a/b.md -> /docs/a/b}, {@code a/index.md -> /docs/a},
     * {@code index.md -> /}; a feature's item is under its own prefix ({@code tools/helm.md -> /tools/helm}).
     */
    public static String pageUrl(String path) {
        Optional<ContentTypes.Kind> kind = ContentTypes.of(path);
        if (kind.isPresent()) {
            return kind.get().url(ContentTypes.slug(path));
        }
        String withoutExtension = isMarkdown(path) ? stripExtension(path) : path;
        if (isMarkdown(path) && isFolderPage(path)) {
            return folderUrl(parent(path));
        }
        return DOCS + "/" + FileNames.unprefixed(withoutExtension);
    }

    /**
     * The portal URL a link to a content path leads to: the page of a Markdown file (or of an extensionless path,
     * which names a page), else the file itself; an image is always the file.
     */
    public static String linkUrl(String resolved, boolean image) {
        if (resolved.isEmpty()) {
            return "/";
        }
        String name = fileName(resolved);
        if (!image && (isMarkdown(resolved) || name.indexOf('.') < 0)) {
            return pageUrl(resolved);
        }
        return assetUrl(resolved);
    }

    /** The URL where a file next to the Markdown (an image, a PDF) is served. */
    public static String assetUrl(String path) {
        return DOCS + "/" + path;
    }

    /** Encodes each segment of a decoded portal path for use in an href. */
    public static String href(String url) {
        StringBuilder out = new StringBuilder(url.length() + 8);
        int start = 0;
        for (int i = 0; i <= url.length(); i++) {
            if (i == url.length() || url.charAt(i) == '/') {
                String segment = url.substring(start, i);
                out.append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
                if (i < url.length()) {
                    out.append('/');
                }
                start = i + 1;
            }
        }
        return out.toString();
    }

    /**
     * Resolves a relative reference from the file at {@code from} against the content root.
     * Empty when it climbs above the root: such a link can never be inside the content.
     */
    public static Optional<String> resolve(String from, String relative) {
        Deque<String> parts = new ArrayDeque<>();
        String base = parent(from);
        String joined = relative.startsWith("/") ? relative.substring(1) : (base.isEmpty() ? relative : base + "/" + relative);
        for (String part : joined.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return Optional.of(String.join("/", parts));
    }

    /**
     * Normalises a path taken from a URL into a content path, refusing anything that could leave the root
     * ({@code ..}, absolute paths, backslashes, NUL, hidden files and folders such as {@code .git}).
     */
    public static Optional<String> safeRelative(String urlPath) {
        if (urlPath == null || urlPath.indexOf('\0') >= 0 || urlPath.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        for (String part : urlPath.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.equals(".") || part.equals("..") || part.startsWith(".")) {
                return Optional.empty();
            }
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(part);
        }
        return Optional.of(out.toString());
    }

    /** The content path of a file at {@code inside} in a source mounted at {@code mount} ({@code ""} is the root). */
    public static String mounted(String mount, String inside) {
        if (mount.isEmpty()) {
            return inside;
        }
        return inside.isEmpty() ? mount : mount + "/" + inside;
    }

    /** The path inside a source mounted at {@code mount} of a content path, or null when the path is not under it. */
    public static String unmounted(String mount, String path) {
        if (mount.isEmpty()) {
            return path;
        }
        if (path.equals(mount)) {
            return "";
        }
        return path.startsWith(mount + "/") ? path.substring(mount.length() + 1) : null;
    }

    /** True when {@code path} is {@code folder} or lies below it ({@code ""} holds everything). */
    public static boolean isUnder(String path, String folder) {
        return folder.isEmpty() || path.equals(folder) || path.startsWith(folder + "/");
    }

    public static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    public static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    public static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        int slash = name.lastIndexOf('/');
        return dot > slash + 1 ? name.substring(0, dot) : name;
    }

    /** A readable title from a file or folder name: {@code rolling-back_a-deploy.md -> Rolling back a deploy}. */
    public static String humanise(String name) {
        String words = stripExtension(name).replace('-', ' ').replace('_', ' ').trim();
        if (words.isEmpty()) {
            return name;
        }
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * Not content: hidden files and folders ({@code .git}) and the scratch files editors leave next to the one
     * being edited ({@code page.md~}, {@code page.md.swp}, {@code #page.md#}, vim's {@code 4913} probe).
     */
    public static boolean isIgnored(java.nio.file.Path path) {
        java.nio.file.Path fileName = path.getFileName();
        if (fileName == null) {
            return false;
        }
        return isIgnoredName(fileName.toString());
    }

    /** {@link #isIgnored(Path)} for a file or folder name. */
    public static boolean isIgnoredName(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || (name.startsWith("#") && name.endsWith("#")) || name.equals("4913");
    }
}
