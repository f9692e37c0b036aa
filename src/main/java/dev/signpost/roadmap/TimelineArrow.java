package dev.signpost.roadmap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A dependency arrow's route, as an SVG path: it leaves the end of the bar an item waits for and reaches the waiting
 * item's bar with right-angled elbows. When the waiting bar starts after the other ends, the arrow enters its start from
 * the left, its vertical leg put where it crosses the fewest other bars; when it starts about then or earlier, the arrow
 * drops onto its edge just past the other's end; when it lies wholly before that end, the arrow runs back along the gap
 * just above or below the waiting bar's row, where no bar is drawn.
 *
 * @param from the slug of the item waited for
 * @param to   the slug of the waiting item
 * @param d    the path
 */
public record TimelineArrow(String from, String to, String d) {

    /** How far a leg keeps clear of a bar's end before it turns. */
    static final double CLEARANCE = 6;

    /** A bar as an obstacle or an end of the route: its span across, its top and bottom, and its row's top. */
    record Box(double x1, double x2, double top, double bottom, double rowTop) {

        double middle() {
            return (top + bottom) / 2;
        }

        boolean crossedBy(double x, double y1, double y2) {
            return x >= x1 && x <= x2 && bottom > Math.min(y1, y2) && top < Math.max(y1, y2);
        }
    }

    /**
     * The route from {@code source}'s end to {@code target}'s start.
     *
     * @param others    the other bars, which the vertical leg should not cross
     * @param leftLimit the left edge of the chart: no leg runs left of it (the labels are there)
     */
    static TimelineArrow route(String from, String to, Box source, Box target, List<Box> others, double leftLimit) {
        double x1 = source.x2();
        double y1 = source.middle();
        double x2 = target.x1();
        double y2 = target.middle();
        double entry = Math.max(leftLimit + 1, x2 - CLEARANCE);
        String d;
        if (x2 - x1 >= 2 * CLEARANCE) {
            double leg = bestLeg(x1 + CLEARANCE, entry, y1, y2, others);
            d = "M" + fmt(x1) + " " + fmt(y1) + " H" + fmt(leg) + " V" + fmt(y2) + " H" + fmt(x2);
        } else if (x1 + CLEARANCE >= x2 && x1 + CLEARANCE <= target.x2() - 2) {
            // The waiting bar starts about when the other ends (or earlier): drop onto its edge just past that end.
            double drop = x1 + CLEARANCE;
            d = "M" + fmt(x1) + " " + fmt(y1) + " H" + fmt(drop) + " V" + fmt(y2 > y1 ? target.top() : target.bottom());
        } else {
            // The waiting bar lies wholly left of the other's end: back along the gap between the rows, on the side the
            // arrow comes from, then into its start (or onto its edge when it is clipped at the chart's left edge).
            double lane = y2 > y1 ? target.rowTop() + 1 : target.bottom() + 2;
            String back = "M" + fmt(x1) + " " + fmt(y1) + " H" + fmt(x1 + CLEARANCE) + " V" + fmt(lane);
            if (x2 - CLEARANCE < leftLimit + 1) {
                d = back + " H" + fmt(x2 + CLEARANCE) + " V" + fmt(y2 > y1 ? target.top() : target.bottom());
            } else {
                d = back + " H" + fmt(entry) + " V" + fmt(y2) + " H" + fmt(x2);
            }
        }
        return new TimelineArrow(from, to, d);
    }

    /** Among the places the vertical leg could go, the one crossing fewest bars; on a tie, the one nearest the target. */
    static double bestLeg(double earliest, double latest, double y1, double y2, List<Box> others) {
        List<Double> candidates = new ArrayList<>(List.of(latest, earliest));
        for (Box box : others) {
            candidates.add(box.x1() - 2);
            candidates.add(box.x2() + 2);
        }
        return candidates.stream().filter(x -> x >= earliest && x <= latest)
                .min(Comparator.comparingLong((Double x) -> others.stream().filter(b -> b.crossedBy(x, y1, y2)).count())
                        .thenComparing(x -> latest - x))
                .orElse(latest);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
