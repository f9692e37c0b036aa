package dev.signpost.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The days a person opened their start page, as a cookie keeps them ({@code 2026-12-01.2026-12-06}: the visit before
 * the latest, then the latest), so the page can show what changed "since your last visit" however often it is opened
 * in one day. Pure: the start page reads the cookie, asks for {@link #since} and writes {@link #after}.
 *
 * @param previous the day of the visit before the latest one, if any
 * @param latest   the day of the latest visit, if any
 */
public record Visits(LocalDate previous, LocalDate latest) {

    public static final String COOKIE = "sp-visits";

    /** How far back "since your last visit" looks for someone who has not visited before (or cleared cookies). */
    static final int FIRST_VISIT_DAYS = 14;

    /** The visits a cookie value names; nothing for a missing or garbled value. */
    public static Visits parse(String value) {
        if (value == null || value.length() > 32) {
            return new Visits(null, null);
        }
        String[] days = value.split("\\.", -1);
        return new Visits(day(days[0]).orElse(null), days.length > 1 ? day(days[1]).orElse(null) : null);
    }

    /** The day from which changes are news on {@code today}: the last visit on an earlier day. */
    public LocalDate since(LocalDate today) {
        if (latest != null && latest.isBefore(today)) {
            return latest;
        }
        if (latest != null && previous != null && previous.isBefore(latest)) {
            return previous;
        }
        return today.minusDays(FIRST_VISIT_DAYS);
    }

    /** The cookie value after a visit on {@code today}. */
    public String after(LocalDate today) {
        if (latest == null || latest.isAfter(today)) {
            return "." + today;
        }
        return (latest.isBefore(today) ? latest : previous == null ? "" : previous.toString()) + "." + today;
    }

    private static Optional<LocalDate> day(String text) {
        try {
            return text.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
