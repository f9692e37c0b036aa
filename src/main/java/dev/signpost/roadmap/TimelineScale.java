package dev.signpost.roadmap;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The timeline's horizontal scale: the days {@code from} (inclusive) to {@code until} (exclusive) drawn from {@code left}
 * across {@code width}. It turns an item's span into a bar, clipped at the edges: a span that began before the view gets
 * a bar from the left edge that says it continues, and one wholly outside the view gets a short stub at the edge it lies
 * beyond, so that no dated item is left without a bar.
 */
public record TimelineScale(LocalDate from, LocalDate until, double left, double width) {

    /** The width of the stub drawn for a span wholly outside the view. */
    static final double STUB = 12;
    /** The narrowest bar drawn for a span inside the view (a one-day target). */
    static final double MIN_BAR = 4;

    public TimelineScale {
        if (!until.isAfter(from) || width <= 0) {
            throw new IllegalArgumentException("an empty scale: " + from + " to " + until + " across " + width);
        }
    }

    /** Where a span lies against the view. */
    public enum Place {
        /** Ended before the view's first day. */
        BEFORE,
        /** At least partly in the view. */
        WITHIN,
        /** Starts after the view's last day. */
        AFTER
    }

    /**
     * A bar's geometry.
     *
     * @param continuesBefore the span began before the view: the bar is clipped at the left edge
     * @param continuesAfter  the span ends after the view: the bar is clipped at the right edge
     */
    public record Bar(double x, double width, Place place, boolean continuesBefore, boolean continuesAfter) {

        public double end() {
            return x + width;
        }
    }

    /** The x of the start of a day, clamped to the view. */
    public double x(LocalDate day) {
        double days = ChronoUnit.DAYS.between(from, until);
        double share = ChronoUnit.DAYS.between(from, day) / days;
        return left + width * Math.max(0, Math.min(1, share));
    }

    /** The right edge of the view. */
    public double right() {
        return left + width;
    }

    /**
     * The bar for a span from its first day to its last day (both inclusive). A span whose last day is before its first
     * is drawn as its first day alone.
     */
    public Bar bar(LocalDate first, LocalDate last) {
        LocalDate end = (last.isBefore(first) ? first : last).plusDays(1);
        if (!end.isAfter(from)) {
            return new Bar(left, STUB, Place.BEFORE, true, false);
        }
        if (!first.isBefore(until)) {
            return new Bar(right() - STUB, STUB, Place.AFTER, false, true);
        }
        boolean before = first.isBefore(from);
        boolean after = end.isAfter(until);
        double x1 = x(first);
        double x2 = x(end);
        double barWidth = Math.max(MIN_BAR, x2 - x1);
        if (x1 + barWidth > right()) {
            x1 = right() - barWidth;
        }
        return new Bar(x1, barWidth, Place.WITHIN, before, after);
    }
}
