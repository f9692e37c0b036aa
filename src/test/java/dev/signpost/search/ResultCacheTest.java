package dev.signpost.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ResultCacheTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private final AtomicInteger searches = new AtomicInteger();
    private final Object snapshot = new Object();

    private Supplier<SearchResults> search(SearchRequest request) {
        return () -> {
            searches.incrementAndGet();
            return new SearchResults(request, request.query(), false, 0, 1, 1, 1.0, List.of(), List.of(), List.of(), List.of(), false);
        };
    }

    @Test
    void aRepeatedSearchOnTheSameSnapshotAndDayIsAnsweredOnce() {
        ResultCache cache = new ResultCache(10);
        SearchRequest request = SearchRequest.of("rollback");

        SearchResults first = cache.get(snapshot, MONDAY, request, search(request));
        SearchResults second = cache.get(snapshot, MONDAY, SearchRequest.of("rollback"), search(request));

        assertSame(first, second);
        assertEquals(1, searches.get());
    }

    @Test
    void aNewSnapshotANewDayOrOtherFiltersSearchAgain() {
        ResultCache cache = new ResultCache(10);
        SearchRequest request = SearchRequest.of("rollback");
        SearchRequest filtered = new SearchRequest("rollback", "tool", null, null, null, 1, 10);
        SearchRequest secondPage = new SearchRequest("rollback", null, null, null, null, 2, 10);

        cache.get(snapshot, MONDAY, request, search(request));
        cache.get(snapshot, MONDAY, filtered, search(filtered));
        cache.get(snapshot, MONDAY, secondPage, search(secondPage));
        cache.get(snapshot, MONDAY.plusDays(1), request, search(request));
        cache.get(new Object(), MONDAY.plusDays(1), request, search(request));

        assertEquals(5, searches.get());
    }

    @Test
    void aFullCacheStartsAgainAndAZeroCapacityKeepsNothing() {
        ResultCache small = new ResultCache(2);
        for (String q : List.of("a1", "b2", "c3", "a1")) {
            SearchRequest request = SearchRequest.of(q);
            small.get(snapshot, MONDAY, request, search(request));
        }
        assertEquals(4, searches.get(), "the third answer emptied the cache, so a1 is searched again");

        ResultCache none = new ResultCache(0);
        SearchRequest request = SearchRequest.of("rollback");
        none.get(snapshot, MONDAY, request, search(request));
        none.get(snapshot, MONDAY, request, search(request));
        assertEquals(6, searches.get());
    }
}
