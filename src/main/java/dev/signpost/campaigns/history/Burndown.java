package dev.signpost.campaigns.history;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A campaign's progress over time: for each weekly point, how many repositories existed then and how many of them
 * were done; and where the line is heading (a least-squares line through the last weeks' remaining repositories).
 */
public record Burndown(List<Week> weeks) {

    /** How many of the last points the projection looks at. */
    static final int PROJECTION_WEEKS = 8;

    /** One point: its day, the repositories that existed (and were known), and those done. */
    public record Week(LocalDate day, int total, int done, boolean today) {
        public int remaining() {
            return total - done;
        }
    }

    /** Where the line is heading. */
    public enum Outlook {
        /** Every repository is done. */
        DONE,
        /** At the recent pace the last repository is done by the target date. */
        ON_TRACK,
        /** At the recent pace it is not (or nothing moved lately). */
        AT_RISK,
        /** No target date, or too little history to say. */
        UNKNOWN
    }

    public Optional<Week> latest() {
        return weeks.isEmpty() ? Optional.empty() : Optional.of(weeks.get(weeks.size() - 1));
    }

    /**
     * The day the remaining count reaches zero at the recent pace: a least-squares line through the last
     * {@value #PROJECTION_WEEKS} points; empty when there are fewer than three points or the line does not go down.
     */
    public Optional<LocalDate> projectedDone() {
        List<Week> recent = weeks.subList(Math.max(0, weeks.size() - PROJECTION_WEEKS), weeks.size());
        if (recent.size() < 3) {
            return Optional.empty();
        }
        LocalDate origin = recent.get(0).day();
        double n = recent.size();
        double sumX = 0;
        double sumY = 0;
        double sumXY = 0;
        double sumXX = 0;
        for (Week week : recent) {
            double x = ChronoUnit.DAYS.between(origin, week.day());
            double y = week.remaining();
            sumX += x;
            sumY += y;
            sumXY += x * y;
            sumXX += x * x;
        }
        double denominator = n * sumXX - sumX * sumX;
        if (denominator == 0) {
            return Optional.empty();
        }
        double slope = (n * sumXY - sumX * sumY) / denominator;
        if (slope >= 0) {
            return Optional.empty();
        }
        double intercept = (sumY - slope * sumX) / n;
        double days = -intercept / slope;
        if (days > 365 * 20) {
            return Optional.empty();
        }
        return Optional.of(origin.plusDays((long) Math.ceil(days)));
    }

    public Outlook outlook(LocalDate target) {
        Optional<Week> latest = latest();
        if (latest.isPresent() && latest.get().total() > 0 && latest.get().remaining() == 0) {
            return Outlook.DONE;
        }
        if (target == null || weeks.size() < 3) {
            return Outlook.UNKNOWN;
        }
        return projectedDone().filter(day -> !day.isAfter(target)).map(d -> Outlook.ON_TRACK).orElse(Outlook.AT_RISK);
    }

    /** Builds the weeks from each point's results: one entry per repository, empty when it did not exist then. */
    public static Burndown of(List<WeekPoints.Point> points, List<List<Optional<RepoResult>>> perRepository) {
        List<Week> weeks = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            int total = 0;
            int done = 0;
            for (List<Optional<RepoResult>> series : perRepository) {
                Optional<RepoResult> result = series.get(i);
                if (result.isPresent()) {
                    total++;
                    done += result.get().done() ? 1 : 0;
                }
            }
            weeks.add(new Week(points.get(i).day(), total, done, points.get(i).today()));
        }
        return new Burndown(List.copyOf(weeks));
    }
}
