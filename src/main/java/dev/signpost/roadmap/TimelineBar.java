package dev.signpost.roadmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A bar as drawn: a path whose clipped ends are pointed (the shape, not only the colour, says the item runs on past the
 * view), and for an item wholly outside the view a note beside its stub ("ended 2025-03-03").
 *
 * @param x     the left of the bar, as drawn
 * @param width its width
 * @param note  the note beside a stub, or null for a bar in the view
 * @param noteX where the note is anchored; it ends there for a stub at the right edge
 */
public record TimelineBar(String x, String width, String d, TimelineScale.Place place, boolean continuesBefore,
        boolean continuesAfter, String note, String noteX, String noteY, String noteAnchor) {

    /** How far a pointed end reaches into the bar. */
    static final double POINT = 6;

    static TimelineBar of(TimelineScale.Bar bar, double top, double height, RoadmapItem item) {
        double x1 = bar.x();
        double x2 = bar.end();
        double bottom = top + height;
        double middle = top + height / 2;
        double point = Math.min(POINT, bar.width() / 2);
        StringBuilder d = new StringBuilder();
        if (bar.continuesBefore()) {
            d.append("M").append(Timeline.fmt(x1 + point)).append(' ').append(Timeline.fmt(top));
        } else {
            d.append("M").append(Timeline.fmt(x1)).append(' ').append(Timeline.fmt(top));
        }
        if (bar.continuesAfter()) {
            d.append(" H").append(Timeline.fmt(x2 - point)).append(" L").append(Timeline.fmt(x2)).append(' ')
                    .append(Timeline.fmt(middle)).append(" L").append(Timeline.fmt(x2 - point)).append(' ')
                    .append(Timeline.fmt(bottom));
        } else {
            d.append(" H").append(Timeline.fmt(x2)).append(" V").append(Timeline.fmt(bottom));
        }
        if (bar.continuesBefore()) {
            d.append(" H").append(Timeline.fmt(x1 + point)).append(" L").append(Timeline.fmt(x1)).append(' ')
                    .append(Timeline.fmt(middle)).append(" Z");
        } else {
            d.append(" H").append(Timeline.fmt(x1)).append(" Z");
        }
        String note = null;
        String noteX = null;
        String anchor = null;
        if (bar.place() == TimelineScale.Place.BEFORE) {
            note = "ended " + item.target().shown();
            noteX = Timeline.fmt(x2 + 4);
            anchor = "start";
        } else if (bar.place() == TimelineScale.Place.AFTER) {
            note = "starts " + (item.start() != null ? item.start().shown() : item.target().quarter().toString());
            noteX = Timeline.fmt(x1 - 4);
            anchor = "end";
        }
        return new TimelineBar(Timeline.fmt(x1), Timeline.fmt(bar.width()), d.toString(), bar.place(), bar.continuesBefore(),
                bar.continuesAfter(), note, noteX, Timeline.fmt(middle + 4), anchor);
    }

    /** Where the bar lies against the view: {@code before}, {@code within} or {@code after}, for the page's classes. */
    public String placeCode() {
        return place.name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * What a reader hears for an item: title, status, real start and target (and where they lie beyond the view), what
     * it waits for, team.
     */
    static String describe(RoadmapItem item, TimelineScale.Bar bar, Map<String, RoadmapItem> known) {
        List<String> parts = new ArrayList<>();
        parts.add(item.title());
        parts.add(item.status() == null ? "status unknown" : item.status().label());
        if (item.target() == null) {
            parts.add("no target yet");
        } else {
            String span = (item.start() != null ? item.start().shown() : item.target().quarter().toString()) + " to "
                    + item.target().shown();
            if (bar != null && bar.place() == TimelineScale.Place.BEFORE) {
                span += " (before this view)";
            } else if (bar != null && bar.place() == TimelineScale.Place.AFTER) {
                span += " (after this view)";
            } else if (bar != null && bar.continuesBefore()) {
                span += bar.continuesAfter() ? " (began before and ends after this view)" : " (began before this view)";
            } else if (bar != null && bar.continuesAfter()) {
                span += " (ends after this view)";
            }
            parts.add(span);
        }
        if (!item.dependsOn().isEmpty()) {
            parts.add("waits for " + String.join(", ", item.dependsOn().stream()
                    .map(s -> known.containsKey(s) ? known.get(s).title() : s).toList()));
        }
        if (item.team() != null) {
            parts.add("team " + item.team());
        }
        return String.join("; ", parts);
    }
}
