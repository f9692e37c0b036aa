package dev.signpost.content;

import java.time.LocalDate;

/**
 * When a page was last reviewed and when it is due again. A page past its due date is still served, flagged as stale.
 *
 * @param reviewed  the last review, or null when the page never says
 * @param interval  the review interval that applies (the page's own or the default), or null when {@code expires} is set
 * @param due       the date from which the page is stale, or null when it has no review date and no expiry
 */
public record Freshness(LocalDate reviewed, ReviewInterval interval, LocalDate due) {

    public static final Freshness UNKNOWN = new Freshness(null, null, null);

    /** The freshness rules: {@code expires} wins; otherwise {@code reviewed} plus the interval. */
    public static Freshness of(LocalDate reviewed, ReviewInterval interval, LocalDate expires) {
        if (expires != null) {
            return new Freshness(reviewed, null, expires);
        }
        if (reviewed == null) {
            return UNKNOWN;
        }
        return new Freshness(reviewed, interval, interval.after(reviewed));
    }

    public boolean known() {
        return due != null;
    }

    public boolean isStale(LocalDate today) {
        return due != null && !today.isBefore(due);
    }
}
