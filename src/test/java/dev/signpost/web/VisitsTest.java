package dev.signpost.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

/** The start page's "since your last visit": the last visit on an earlier day, however often it is opened today. */
class VisitsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void aFirstVisitLooksBackTwoWeeks() {
        Visits none = Visits.parse(null);
        assertEquals(TODAY.minusDays(14), none.since(TODAY));
        assertEquals(".2026-12-06", none.after(TODAY));
    }

    @Test
    void aVisitOnALaterDayCountsFromTheLatestVisit() {
        Visits visits = Visits.parse("2026-11-20.2026-12-01");
        assertEquals(LocalDate.of(2026, 12, 1), visits.since(TODAY));
        assertEquals("2026-12-01.2026-12-06", visits.after(TODAY));
    }

    @Test
    void openingItAgainTheSameDayKeepsCountingFromTheVisitBefore() {
        Visits again = Visits.parse("2026-12-01.2026-12-06");
        assertEquals(LocalDate.of(2026, 12, 1), again.since(TODAY));
        assertEquals("2026-12-01.2026-12-06", again.after(TODAY));
        Visits firstDayAgain = Visits.parse(".2026-12-06");
        assertEquals(TODAY.minusDays(14), firstDayAgain.since(TODAY));
        assertEquals(".2026-12-06", firstDayAgain.after(TODAY));
    }

    @Test
    void aGarbledOrFutureCookieIsAFirstVisit() {
        assertEquals(TODAY.minusDays(14), Visits.parse("<script>.x").since(TODAY));
        assertEquals(TODAY.minusDays(14), Visits.parse("x".repeat(100)).since(TODAY));
        assertEquals(".2026-12-06", Visits.parse(".2027-01-01").after(TODAY), "a clock that went back starts again");
    }
}
