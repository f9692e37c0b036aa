package dev.signpost.content;

import java.util.List;
import java.util.Optional;

/**
 * The address of a documentation page: from its path ({@link ContentPaths#pageUrl}), unless Docusaurus front matter
 * names another: {@code slug} ({@code /x} counts from the top of the page's source, {@code x} from the page's folder),
 * else {@code id}, which replaces the file name. A slug or id that could leave the content is a warning and ignored.
 */
final class PageAddress {

    private PageAddress() {
    }

    static String of(String path, String mount, String slug, String id, List<ContentProblem> warnings) {
        String byPath = ContentPaths.pageUrl(path);
        if (!ContentTypes.PAGE.equals(ContentTypes.typeOf(path))) {
            return byPath;
        }
        if (slug != null && !slug.isBlank()) {
            String written = slug.strip();
            String joined = written.startsWith("/") ? ContentPaths.mounted(mount, written.substring(1))
                    : ContentPaths.mounted(ContentPaths.parent(path), written);
            Optional<String> safe = safe(joined);
            if (safe.isPresent()) {
                return safe.get().isEmpty() ? "/" : ContentPaths.DOCS + "/" + safe.get();
            }
            warnings.add(ContentProblem.warning(path, 0, "Front matter 'slug' '" + written
                    + "' cannot be an address here (no '..', hidden names, '?' or '#'); the page keeps the address of its file."));
        } else if (id != null && !id.isBlank() && !ContentPaths.isFolderPage(path)) {
            String written = id.strip();
            if (written.contains("/") || safe(written).filter(s -> !s.isEmpty()).isEmpty()) {
                warnings.add(ContentProblem.warning(path, 0, "Front matter 'id' '" + written
                        + "' is not a simple name; the page keeps the address of its file."));
            } else {
                String parent = ContentPaths.parent(byPath);
                return parent + "/" + written;
            }
        }
        return byPath;
    }

    private static Optional<String> safe(String joined) {
        if (joined.indexOf('?') >= 0 || joined.indexOf('#') >= 0 || joined.indexOf('%') >= 0) {
            return Optional.empty();
        }
        return ContentPaths.safeRelative(joined.replaceAll("/+$", ""));
    }
}
