package dev.signpost.roadmap;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The quarter timeline's window as the calendar moves on: late unfinished items stay in sight, finished ones do not. */
class TimelineWindowTest {

    private static List<RoadmapItem> items(LocalDate today, String... docs) {
        List<dev.signpost.content.Document> parsed = new java.util.ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
            parsed.add(RoadmapDocs.doc("item-" + i, "Item " + i, docs[i]));
        }
        return Roadmap.build(parsed, Set.of(), Quarter.of(today)).items();
    }

    private static Timeline.Row row(Timeline timeline, String slug) {
        return timeline.rows().stream().filter(r -> r.item() != null && r.item().slug().equals(slug)).findFirst().orElseThrow();
    }

    @Test
    void shouldShowEightQuartersFromTwoBeforeTodaysWhenNothingIsLate() {
        LocalDate today = LocalDate.parse("2026-11-28");
        Timeline timeline = Timeline.of(items(today, "status: planned\ntarget: 2027-Q2\n"), Timeline.QUARTER, today);
        assertEquals(8, timeline.columns().size());
        assertEquals("2026-Q2", timeline.columns().get(0).label());
        assertEquals(LocalDate.parse("2026-04-01"), timeline.from());
    }

    @Test
    void shouldReachBackToAnUnfinishedItemsTargetSoALateItemKeepsItsBar() {
        LocalDate today = LocalDate.parse("2028-01-10");
        List<RoadmapItem> items = items(today, "status: in-progress\nstart: 2026-Q3\ntarget: 2026-12-18\n",
                "status: shipped\ntarget: 2025-Q4\n");
        Timeline timeline = Timeline.of(items, Timeline.QUARTER, today);
        assertEquals("2026-Q4", timeline.columns().get(0).label(), "the late item's target quarter comes first");
        assertEquals("2029-Q2", timeline.columns().get(timeline.columns().size() - 1).label(), "still five quarters after today's");
        assertNotNull(row(timeline, "item-0").bar(), "the late item has a bar");
        assertEquals(TimelineScale.Place.BEFORE, row(timeline, "item-1").bar().place(),
                "a shipped item does not pull the view back: it keeps a stub at the left edge");
        assertEquals("ended 2025-Q4", row(timeline, "item-1").bar().note());
    }

    @Test
    void shouldNotReachBackMoreThanTenQuarters() {
        LocalDate today = LocalDate.parse("2030-05-01");
        Timeline timeline = Timeline.of(items(today, "status: planned\ntarget: 2020-Q1\n"), Timeline.QUARTER, today);
        assertEquals(Quarter.of(today).plus(-10).toString(), timeline.columns().get(0).label());
    }
}
