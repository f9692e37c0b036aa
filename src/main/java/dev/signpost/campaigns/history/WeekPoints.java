package dev.signpost.campaigns.history;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The points of a burn-down: the end of each week (Monday 00:00 UTC: a point shows the repositories as they were when
 * the week before it ended) from the campaign's start, at most {@code weeks} back from today, then today itself. A
 * point's day is that Monday, or today for the last one.
 */
public final class WeekPoints {

    /** One point: its day and the instant before which commits count. */
    public record Point(LocalDate day, java.time.Instant before, boolean today) {
    }

    private WeekPoints() {
    }

    public static List<Point> of(LocalDate start, int weeks, LocalDate today) {
        LocalDate earliest = today.minusWeeks(weeks);
        LocalDate from = start.isAfter(earliest) ? start : earliest;
        List<Point> points = new ArrayList<>();
        LocalDate monday = from.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        if (from.getDayOfWeek() == DayOfWeek.MONDAY) {
            monday = from;
        }
        for (; !monday.isAfter(today) && !monday.equals(today); monday = monday.plusWeeks(1)) {
            points.add(new Point(monday, monday.atStartOfDay(ZoneOffset.UTC).toInstant(), false));
        }
        points.add(new Point(today, today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), true));
        return List.copyOf(points);
    }
}
