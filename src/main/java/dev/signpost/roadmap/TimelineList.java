package dev.signpost.roadmap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The timeline as text: the items by the quarter of their target, earliest first, then those without a target. It is
 * what a phone shows instead of the chart, and what a screen reader reads without the drawing: each item with its
 * status, dates and what it waits for.
 *
 * @param groups the quarters that have items, then (when any) the items with no target
 */
public record TimelineList(List<Group> groups) {

    /**
     * One quarter's items.
     *
     * @param quarter null for the group of items without a target
     * @param when    "this quarter", "past" or "" as said beside the heading
     */
    public record Group(Quarter quarter, String when, List<Entry> entries) {

        public String heading() {
            return quarter == null ? "No target yet" : quarter.toString();
        }

        public String id() {
            return quarter == null ? "tl-q-none" : "tl-q-" + quarter;
        }
    }

    /** An item with the items it waits for (those that exist). */
    public record Entry(RoadmapItem item, List<RoadmapItem> waitsFor) {

        /** The first day as written, or the target's quarter when no start is written. */
        public String startLabel() {
            return item.start() != null ? item.start().shown() : item.target() == null ? null : item.target().quarter().toString();
        }
    }

    static TimelineList of(List<RoadmapItem> items, Map<String, RoadmapItem> known, LocalDate today) {
        Quarter now = Quarter.of(today);
        Map<Quarter, List<Entry>> byQuarter = new TreeMap<>();
        List<Entry> undated = new ArrayList<>();
        Comparator<RoadmapItem> order = Comparator.comparing((RoadmapItem i) -> i.target() == null ? LocalDate.MAX : i.target().until())
                .thenComparing(RoadmapItem::title, String.CASE_INSENSITIVE_ORDER).thenComparing(RoadmapItem::slug);
        for (RoadmapItem item : items.stream().sorted(order).toList()) {
            Entry entry = new Entry(item, item.dependsOn().stream().map(known::get).filter(java.util.Objects::nonNull).toList());
            if (item.target() == null) {
                undated.add(entry);
            } else {
                byQuarter.computeIfAbsent(item.target().quarter(), q -> new ArrayList<>()).add(entry);
            }
        }
        List<Group> groups = new ArrayList<>();
        byQuarter.forEach((quarter, entries) -> groups.add(new Group(quarter,
                quarter.equals(now) ? "this quarter" : quarter.compareTo(now) < 0 ? "past" : "", List.copyOf(entries))));
        if (!undated.isEmpty()) {
            groups.add(new Group(null, "", List.copyOf(undated)));
        }
        return new TimelineList(List.copyOf(groups));
    }
}
