package dev.signpost.content;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FreshnessTest {

    private static final ReviewInterval NINETY_DAYS = ReviewInterval.parse("90d");
    private static final LocalDate REVIEWED = LocalDate.of(2024, 1, 10);

    @Test
    void shouldMakeDueDateReviewedPlusInterval() {
        Freshness f = Freshness.of(REVIEWED, NINETY_DAYS, null);
        assertEquals(REVIEWED, f.reviewed());
        assertEquals(NINETY_DAYS, f.interval());
        assertEquals(LocalDate.of(2024, 4, 9), f.due());
        assertTrue(f.known());
    }

    @Test
    void shouldLetExpiresWinOverReviewed() {
        LocalDate expires = LocalDate.of(2024, 2, 1);
        Freshness f = Freshness.of(REVIEWED, NINETY_DAYS, expires);
        assertEquals(expires, f.due());
        assertEquals(REVIEWED, f.reviewed());
        assertNull(f.interval());
    }

    @Test
    void shouldLetLaterExpiresWinToo() {
        LocalDate expires = LocalDate.of(2030, 1, 1);
        assertEquals(expires, Freshness.of(REVIEWED, NINETY_DAYS, expires).due());
    }

    @Test
    void shouldUseExpiresWithoutReviewed() {
        LocalDate expires = LocalDate.of(2024, 6, 30);
        Freshness f = Freshness.of(null, NINETY_DAYS, expires);
        assertEquals(expires, f.due());
        assertNull(f.reviewed());
        assertTrue(f.known());
    }

    @Test
    void shouldBeUnknownWithoutReviewedOrExpires() {
        Freshness f = Freshness.of(null, NINETY_DAYS, null);
        assertSame(Freshness.UNKNOWN, f);
        assertFalse(f.known());
        assertNull(f.due());
    }

    @Test
    void shouldNeverBeStaleWhenUnknown() {
        assertFalse(Freshness.UNKNOWN.isStale(LocalDate.of(1970, 1, 1)));
        assertFalse(Freshness.UNKNOWN.isStale(LocalDate.of(2999, 12, 31)));
    }

    @Test
    void shouldBeFreshTheDayBeforeDue() {
        Freshness f = Freshness.of(REVIEWED, NINETY_DAYS, null);
        assertFalse(f.isStale(LocalDate.of(2024, 4, 8)));
        assertFalse(f.isStale(REVIEWED));
    }

    @Test
    void shouldBeStaleOnDueDate() {
        assertTrue(Freshness.of(REVIEWED, NINETY_DAYS, null).isStale(LocalDate.of(2024, 4, 9)));
    }

    @Test
    void shouldBeStaleAfterDueDate() {
        Freshness f = Freshness.of(REVIEWED, NINETY_DAYS, null);
        assertTrue(f.isStale(LocalDate.of(2024, 4, 10)));
        assertTrue(f.isStale(LocalDate.of(2030, 1, 1)));
    }

    @Test
    void shouldBeStaleOnAndAfterExpiryOnly() {
        Freshness f = Freshness.of(null, null, LocalDate.of(2024, 3, 1));
        assertFalse(f.isStale(LocalDate.of(2024, 2, 29)));
        assertTrue(f.isStale(LocalDate.of(2024, 3, 1)));
        assertTrue(f.isStale(LocalDate.of(2024, 3, 2)));
    }
}
