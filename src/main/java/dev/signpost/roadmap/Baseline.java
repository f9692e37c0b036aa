package dev.signpost.roadmap;

import dev.signpost.web.time.TimeText;

import java.time.LocalDate;
import java.util.Map;

/**
 * What the changes view compares the roadmap with: a review's frozen copy, or the roadmap as its history says it was
 * the day before a date.
 *
 * @param since  the first day whose changes count (the review's day, or the date asked for)
 * @param review the review compared with; null for a date
 * @param param  the {@code since} value that selects this baseline again
 * @param note   why this baseline was chosen when none was asked for; empty otherwise
 */
public record Baseline(LocalDate since, RoadmapReview review, Map<String, ItemState> states, String param, String note) {

    public Baseline {
        states = Map.copyOf(states);
    }

    public String label() {
        return review == null ? "since " + TimeText.day(since) : "since the review of " + TimeText.day(since) + " (by " + review.reviewer + ")";
    }
}
