package dev.signpost.search;

import java.util.List;
import java.util.Map;

/**
 * One page of matches from the index, with facet counts over all matches.
 *
 * @param searched the text the hits are for: the query, or its spelling correction when the query found nothing
 */
record IndexResult(String searched, boolean corrected, long total, List<IndexHit> hits, Map<String, Integer> types,
        Map<String, Integer> tags) {

    static IndexResult empty(String searched) {
        return new IndexResult(searched, false, 0, List.of(), Map.of(), Map.of());
    }
}
