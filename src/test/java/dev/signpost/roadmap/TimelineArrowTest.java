package dev.signpost.roadmap;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Dependency arrows: from a bar's end into the next bar's start, with right angles, around other bars where it can. */
class TimelineArrowTest {

    /** A bar in the row whose top is {@code rowTop}, drawn 4 below it and 18 high. */
    private static TimelineArrow.Box bar(double x1, double x2, double rowTop) {
        return new TimelineArrow.Box(x1, x2, rowTop + 4, rowTop + 22, rowTop);
    }

    @Test
    void shouldTurnJustBeforeTheWaitingBarWhenNothingIsInTheWay() {
        TimelineArrow arrow = TimelineArrow.route("a", "b", bar(300, 400, 30), bar(500, 600, 82), List.of(), 260);
        assertEquals("M400.0 43.0 H494.0 V95.0 H500.0", arrow.d());
        assertEquals("a", arrow.from());
        assertEquals("b", arrow.to());
    }

    @Test
    void shouldPutTheVerticalLegWhereItCrossesNoBarInBetween() {
        TimelineArrow.Box between = bar(450, 700, 56);
        TimelineArrow arrow = TimelineArrow.route("a", "b", bar(300, 400, 30), bar(500, 600, 82), List.of(between), 260);
        assertEquals("M400.0 43.0 H448.0 V95.0 H500.0", arrow.d(), "just left of the bar in between");
    }

    @Test
    void shouldCrossABarOnlyWhenEveryPlaceCrossesOne() {
        TimelineArrow.Box between = bar(250, 900, 56);
        TimelineArrow arrow = TimelineArrow.route("a", "b", bar(300, 400, 30), bar(500, 600, 82), List.of(between), 260);
        assertEquals("M400.0 43.0 H494.0 V95.0 H500.0", arrow.d(), "then next to the waiting bar");
    }

    @Test
    void shouldDropOntoTheWaitingBarWhenItStartsWhenTheOtherEnds() {
        TimelineArrow arrow = TimelineArrow.route("a", "b", bar(300, 400, 30), bar(401, 600, 82), List.of(), 260);
        assertEquals("M400.0 43.0 H406.0 V86.0", arrow.d(), "down onto its top, just past the other's end");
    }

    @Test
    void shouldDropOntoTheWaitingBarWhenItStartsEarlier() {
        assertEquals("M500.0 43.0 H506.0 V86.0",
                TimelineArrow.route("a", "b", bar(300, 500, 30), bar(400, 600, 82), List.of(), 260).d());
        assertEquals("M500.0 95.0 H506.0 V52.0",
                TimelineArrow.route("a", "b", bar(300, 500, 82), bar(400, 600, 30), List.of(), 260).d(), "up onto its bottom");
    }

    @Test
    void shouldRunBackAlongTheGapBetweenRowsWhenTheWaitingBarEndsBeforeTheOther() {
        assertEquals("M500.0 43.0 H506.0 V83.0 H294.0 V95.0 H300.0",
                TimelineArrow.route("a", "b", bar(300, 500, 30), bar(300, 350, 82), List.of(), 260).d());
        assertEquals("M500.0 95.0 H506.0 V54.0 H294.0 V43.0 H300.0",
                TimelineArrow.route("a", "b", bar(300, 500, 82), bar(300, 350, 30), List.of(), 260).d(), "below a row above");
    }

    @Test
    void shouldNotRunIntoTheLabelsForABarClippedAtTheLeftEdge() {
        TimelineArrow arrow = TimelineArrow.route("a", "b", bar(300, 500, 30), bar(260, 272, 82), List.of(), 260);
        assertEquals("M500.0 43.0 H506.0 V83.0 H266.0 V86.0", arrow.d(), "onto its top edge, not from the left");
    }
}
