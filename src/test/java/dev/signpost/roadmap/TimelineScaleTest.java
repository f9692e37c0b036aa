package dev.signpost.roadmap;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bars on the timeline's scale: clipped where a span runs past the view, a stub where it lies wholly outside. */
class TimelineScaleTest {

    /** 2026-Q2 to 2026-Q3 (183 days) drawn from x 100 across 366: two units a day. */
    private static final TimelineScale SCALE = new TimelineScale(LocalDate.parse("2026-04-01"), LocalDate.parse("2026-10-01"), 100, 366);

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void shouldDrawASpanInsideTheViewFromItsFirstDayToTheEndOfItsLast() {
        TimelineScale.Bar bar = SCALE.bar(day("2026-04-11"), day("2026-04-20"));
        assertEquals(TimelineScale.Place.WITHIN, bar.place());
        assertEquals(120, bar.x(), 0.001);
        assertEquals(20, bar.width(), 0.001, "ten days, both ends included");
        assertFalse(bar.continuesBefore() || bar.continuesAfter());
    }

    @Test
    void shouldClipASpanThatBeganBeforeTheViewAtTheLeftEdge() {
        TimelineScale.Bar bar = SCALE.bar(day("2025-01-01"), day("2026-04-30"));
        assertEquals(TimelineScale.Place.WITHIN, bar.place());
        assertEquals(100, bar.x(), 0.001);
        assertEquals(60, bar.width(), 0.001, "to the end of April");
        assertTrue(bar.continuesBefore());
        assertFalse(bar.continuesAfter());
    }

    @Test
    void shouldClipASpanRunningPastTheViewAtTheRightEdge() {
        TimelineScale.Bar bar = SCALE.bar(day("2026-09-01"), day("2027-03-31"));
        assertEquals(SCALE.right(), bar.end(), 0.001);
        assertTrue(bar.continuesAfter());
        assertFalse(bar.continuesBefore());
    }

    @Test
    void shouldClipASpanCoveringTheWholeViewAtBothEdges() {
        TimelineScale.Bar bar = SCALE.bar(day("2025-01-01"), day("2027-12-31"));
        assertEquals(100, bar.x(), 0.001);
        assertEquals(366, bar.width(), 0.001);
        assertTrue(bar.continuesBefore() && bar.continuesAfter());
    }

    @Test
    void shouldGiveASpanThatEndedBeforeTheViewAStubAtTheLeftEdge() {
        TimelineScale.Bar bar = SCALE.bar(day("2024-10-01"), day("2025-03-03"));
        assertEquals(TimelineScale.Place.BEFORE, bar.place());
        assertEquals(100, bar.x(), 0.001);
        assertEquals(TimelineScale.STUB, bar.width(), 0.001);
        assertTrue(bar.continuesBefore());
        assertEquals(TimelineScale.Place.BEFORE, SCALE.bar(day("2026-03-01"), day("2026-03-31")).place(),
                "ending the day before the view is before it");
    }

    @Test
    void shouldGiveASpanThatStartsAfterTheViewAStubAtTheRightEdge() {
        TimelineScale.Bar bar = SCALE.bar(day("2026-10-01"), day("2026-12-31"));
        assertEquals(TimelineScale.Place.AFTER, bar.place());
        assertEquals(SCALE.right(), bar.end(), 0.001);
        assertTrue(bar.continuesAfter());
    }

    @Test
    void shouldKeepAOneDaySpanAtTheLastDayVisibleInsideTheView() {
        TimelineScale.Bar bar = SCALE.bar(day("2026-09-30"), day("2026-09-30"));
        assertEquals(TimelineScale.MIN_BAR, bar.width(), 0.001);
        assertEquals(SCALE.right(), bar.end(), 0.001, "not past the right edge");
    }

    @Test
    void shouldDrawASpanEndingBeforeItStartsAsItsFirstDay() {
        TimelineScale.Bar bar = SCALE.bar(day("2026-05-01"), day("2026-04-01"));
        assertEquals(SCALE.x(day("2026-05-01")), bar.x(), 0.001);
        assertEquals(TimelineScale.MIN_BAR, bar.width(), 0.001);
    }

    @Test
    void shouldRefuseAnEmptyScale() {
        assertThrows(IllegalArgumentException.class, () -> new TimelineScale(day("2026-04-01"), day("2026-04-01"), 0, 10));
    }
}
