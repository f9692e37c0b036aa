package dev.signpost.search;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The answers to recent searches, for as long as the indexed snapshot and the day stay the same (a result's "review
 * due" mark depends on the day): a repeated search, a search-as-you-type prefix or a popular query is answered without
 * parsing, searching and highlighting again. Bounded: when full it starts again empty, which costs one search per
 * entry instead of a lock per lookup. A new snapshot or a new day starts an empty cache.
 */
final class ResultCache {

    private record View(Object snapshot, LocalDate day, Map<SearchRequest, SearchResults> answers) {
    }

    private final int capacity;
    private volatile View view = new View(null, null, Map.of());

    /** @param capacity the most answers kept; 0 keeps none */
    ResultCache(int capacity) {
        this.capacity = Math.max(0, capacity);
    }

    /** The answer to {@code request} on this snapshot (compared by identity) and day, searched when not kept. */
    SearchResults get(Object snapshot, LocalDate day, SearchRequest request, Supplier<SearchResults> search) {
        if (capacity == 0) {
            return search.get();
        }
        View current = view;
        if (current.snapshot() != snapshot || !day.equals(current.day())) {
            current = new View(snapshot, day, new ConcurrentHashMap<>());
            view = current;
        }
        SearchResults cached = current.answers().get(request);
        if (cached != null) {
            return cached;
        }
        SearchResults answer = search.get();
        if (current.answers().size() >= capacity) {
            current.answers().clear();
        }
        current.answers().put(request, answer);
        return answer;
    }
}
