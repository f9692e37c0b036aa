package dev.signpost.search;

import java.util.List;
import java.util.Map;

/**
 * One page of matches from the index, with facet counts over all matches.
 *
 * @param searched     the text the hits are for: the query, or its spelling correction when the query found nothing
 * @param excludesOnly the query only says what to leave out ({@code -jenkins}, {@code NOT jenkins}), so it finds nothing
 */
record IndexResult(String searched, boolean corrected, long total, List<IndexHit> hits, Map<String, Integer> types,
        Map<String, Integer> tags, Map<String, Integer> sources, boolean excludesOnly) {

    IndexResult(String searched, boolean corrected, long total, List<IndexHit> hits, Map<String, Integer> types,
            Map<String, Integer> tags, Map<String, Integer> sources) {
        this(searched, corrected, total, hits, types, tags, sources, false);
    }

    static IndexResult empty(String searched) {
        return new IndexResult(searched, false, 0, List.of(), Map.of(), Map.of(), Map.of());
    }

    static IndexResult excludingOnly(String searched) {
        return new IndexResult(searched, false, 0, List.of(), Map.of(), Map.of(), Map.of(), true);
    }
}
