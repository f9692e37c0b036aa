package dev.signpost.roadmap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which quarters or years the timeline shows, as the first day of each column: the years around today that the items
 * reach (at most five either side); the quarters from two before today's (or a late item's target) to five after it.
 */
final class TimelineWindow {

    /** How far back the quarter view reaches for unfinished items that are late. */
    static final int MAX_QUARTERS_BACK = 10;

    private TimelineWindow() {
    }

    /** The first day of each year shown. */
    static List<LocalDate> years(List<RoadmapItem> items, LocalDate today) {
        int first = today.getYear() - 1;
        int last = today.getYear() + 1;
        for (RoadmapItem item : items) {
            if (item.start() != null) {
                first = Math.min(first, item.start().from().getYear());
            }
            if (item.target() != null) {
                last = Math.max(last, item.target().until().getYear());
            }
        }
        first = Math.max(first, today.getYear() - 5);
        last = Math.min(last, today.getYear() + 5);
        List<LocalDate> starts = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            starts.add(LocalDate.of(year, 1, 1));
        }
        return starts;
    }

    /** The first day of each quarter shown. */
    static List<LocalDate> quarters(List<RoadmapItem> items, LocalDate today) {
        Quarter end = Quarter.of(today).plus(6);
        List<LocalDate> starts = new ArrayList<>();
        for (Quarter q = firstQuarter(items, today); q.compareTo(end) < 0; q = q.plus(1)) {
            starts.add(q.firstDay());
        }
        return starts;
    }

    /**
     * The first quarter of the quarter view: two quarters before today's, or earlier when an unfinished item's target
     * lies before that (an item still in progress a year after its target is the one a reader must see, late), but
     * never more than {@value #MAX_QUARTERS_BACK} quarters before today's.
     */
    static Quarter firstQuarter(List<RoadmapItem> items, LocalDate today) {
        Quarter first = Quarter.of(today).plus(-2);
        Quarter limit = Quarter.of(today).plus(-MAX_QUARTERS_BACK);
        for (RoadmapItem item : items) {
            if (item.target() != null && (item.status() == null || !item.status().finished())) {
                Quarter target = item.target().quarter();
                if (target.compareTo(first) < 0) {
                    first = target.compareTo(limit) < 0 ? limit : target;
                }
            }
        }
        return first;
    }
}
