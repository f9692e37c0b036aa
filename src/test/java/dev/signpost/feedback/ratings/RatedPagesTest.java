package dev.signpost.feedback.ratings;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RatedPagesTest {

    @Test
    void shouldRememberEachPagesLatestAnswer() {
        RatedPages pages = RatedPages.parse(null).with("/docs/a", Rating.YES).with("/docs/b", Rating.NO).with("/docs/a", Rating.NO);
        RatedPages read = RatedPages.parse(pages.cookieValue());
        assertEquals(Optional.of(Rating.NO), read.rating("/docs/a"));
        assertEquals(Optional.of(Rating.NO), read.rating("/docs/b"));
        assertEquals(Optional.empty(), read.rating("/docs/c"));
        assertTrue(pages.cookieValue().matches("[A-Za-z0-9_:.-]+"), "only characters a cookie value may hold: " + pages.cookieValue());
    }

    @Test
    void shouldKeepOnlyTheLatestPages() {
        RatedPages pages = RatedPages.parse(null);
        for (int i = 0; i < RatedPages.LIMIT + 5; i++) {
            pages = pages.with("/docs/page-" + i, Rating.YES);
        }
        RatedPages read = RatedPages.parse(pages.cookieValue());
        assertEquals(RatedPages.LIMIT, read.byPageKey().size());
        assertEquals(Optional.empty(), read.rating("/docs/page-4"), "the oldest went");
        assertEquals(Optional.of(Rating.YES), read.rating("/docs/page-5"));
        assertEquals(Optional.of(Rating.YES), read.rating("/docs/page-" + (RatedPages.LIMIT + 4)));
    }

    @Test
    void shouldIgnoreWhatItCannotRead() {
        assertTrue(RatedPages.parse("garbage.<script>.x:y").byPageKey().isEmpty());
        assertTrue(RatedPages.parse("a".repeat(10_000)).byPageKey().isEmpty(), "an oversized cookie is not parsed");
        String valid = RatedPages.parse(null).with("/docs/a", Rating.YES).cookieValue();
        assertEquals(Optional.of(Rating.YES), RatedPages.parse("junk." + valid + ".AAAAAAAAAAA:q").rating("/docs/a"));
    }
}
