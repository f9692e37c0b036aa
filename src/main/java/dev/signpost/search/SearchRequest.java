package dev.signpost.search;

/**
 * A search as asked: the text and the filters (each may be null), and the page (from 1).
 *
 * @param section a URL path such as {@code /docs/practices}; only documents at or below it
 * @param source  the name of a content source; only documents from it
 */
public record SearchRequest(String query, String type, String tag, String owner, String section, int page, int pageSize,
        String source) {

    public static final int DEFAULT_PAGE_SIZE = 10;
    public static final int MAX_PAGE = 1000;

    public SearchRequest {
        query = UserQuery.clean(query);
        type = blankToNull(type);
        tag = blankToNull(tag);
        owner = blankToNull(owner);
        section = section == null || !section.startsWith("/") || section.length() > 500 ? null : stripSlash(section);
        page = Math.min(Math.max(page, 1), MAX_PAGE);
        pageSize = Math.min(Math.max(pageSize, 1), 50);
        source = blankToNull(source);
    }

    /** A search without a source filter. */
    public SearchRequest(String query, String type, String tag, String owner, String section, int page, int pageSize) {
        this(query, type, tag, owner, section, page, pageSize, null);
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, 1, DEFAULT_PAGE_SIZE);
    }

    /** How many pages {@code total} matches fill (at least one, for "no results"). */
    public int pageCount(long total) {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    /** The page shown for {@code total} matches: the one asked for, or the last for a page past the end (an old link). */
    public int pageShown(long total) {
        return Math.min(page, pageCount(total));
    }

    public boolean hasFilters() {
        return type != null || tag != null || owner != null || section != null || source != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() || value.length() > 200 ? null : value.strip();
    }

    private static String stripSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
