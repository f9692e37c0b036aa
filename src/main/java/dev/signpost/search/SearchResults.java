package dev.signpost.search;

import java.time.LocalDate;
import java.util.List;

/**
 * What a search found, ready to show: one page of results, the facets, and how the query was understood.
 *
 * @param searched  the text the results are for: the query, or its spelling correction
 * @param corrected true when the query found nothing and {@code searched} is the correction ("did you mean")
 * @param tookMillis time spent searching, in milliseconds with one decimal
 * @param excludesOnly true when the query only says what to leave out ({@code -jenkins}) and so finds nothing
 */
public record SearchResults(SearchRequest request, String searched, boolean corrected, long total, int page, int pageCount,
        double tookMillis, List<Result> results, List<FacetValue> types, List<FacetValue> tags, List<FacetValue> sources,
        boolean excludesOnly) {

    /** The same answer, as found in {@code millis}. */
    public SearchResults took(double millis) {
        return new SearchResults(request, searched, corrected, total, page, pageCount, millis, results, types, tags, sources,
                excludesOnly);
    }

    /** One matching document. */
    public record Result(String title, String url, String href, String type, String typeLabel, List<Crumb> breadcrumbs,
            Snippet snippet, boolean stale, LocalDate dueSince) {
    }

    /** A folder above a result, with its page when it has one. */
    public record Crumb(String title, String href) {
    }

    /** A facet value with the number of matches it has; {@code selected} when the results are narrowed to it. */
    public record FacetValue(String value, String label, int count, boolean selected) {
    }

    /** Whether the source facet is worth showing: the matches come from more than one source, or one is chosen. */
    public boolean showSources() {
        return sources.size() > 1 || request.source() != null;
    }

    /** The number of the first result on this page, counting from 1. */
    public int firstNumber() {
        return (page - 1) * request.pageSize() + 1;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount;
    }
}
