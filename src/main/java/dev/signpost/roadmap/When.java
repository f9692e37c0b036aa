package dev.signpost.roadmap;

import dev.signpost.web.time.TimeText;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A start or target as written: a quarter ({@code 2026-Q3}) or a day ({@code 2026-08-14}).
 *
 * @param day the day, when a day was written; null for a quarter
 */
public record When(Quarter quarter, LocalDate day) implements Comparable<When> {

    static Optional<When> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.parse(text.strip());
            return Optional.of(new When(Quarter.of(day), day));
        } catch (DateTimeParseException e) {
            return Quarter.parse(text).map(q -> new When(q, null));
        }
    }

    /** The first day it covers. */
    public LocalDate from() {
        return day != null ? day : quarter.firstDay();
    }

    /** The last day it covers. */
    public LocalDate until() {
        return day != null ? day : quarter.lastDay();
    }

    /** As written: {@code 2026-Q3} or {@code 2026-08-14}; for data (exports, the API, what a review saw). */
    public String label() {
        return day != null ? day.toString() : quarter.toString();
    }

    /** As people read it on a page: {@code 2026-Q3} or {@code Fri 14 Aug 2026}. */
    public String shown() {
        return day != null ? TimeText.day(day) : quarter.toString();
    }

    @Override
    public int compareTo(When other) {
        return until().compareTo(other.until());
    }

    @Override
    public String toString() {
        return label();
    }
}
