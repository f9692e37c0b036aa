package dev.signpost.web.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Time as people read it, one way everywhere: {@code Sun 6 Dec 2026, 15:00 CET} for a moment, {@code Sun 6 Dec 2026}
 * for a day, {@code 3 days ago} where recency matters. Pure: the reader's zone and "now" are given.
 *
 * @param zone the reader's zone
 * @param now  the current moment, for relative times
 */
public record TimeText(ZoneId zone, Instant now) {

    static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm z", Locale.ENGLISH);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm z", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AND_CLOCK = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm z", Locale.ENGLISH);

    /** A moment in the reader's zone: {@code Sun 6 Dec 2026, 15:00 CET}. */
    public String moment(Instant at) {
        return MOMENT.format(at.atZone(zone));
    }

    /**
     * A meeting's start: the moment in the reader's zone, and in the meeting's own zone too where its clocks differ,
     * {@code Sun 6 Dec 2026, 14:00 UTC (15:00 CET)}, with the day where that differs as well.
     */
    public String meeting(Instant at, ZoneId meetingZone) {
        ZonedDateTime reader = at.atZone(zone);
        ZonedDateTime there = at.atZone(meetingZone);
        if (there.getOffset().equals(reader.getOffset())) {
            return MOMENT.format(reader);
        }
        DateTimeFormatter own = there.toLocalDate().equals(reader.toLocalDate()) ? CLOCK : DAY_AND_CLOCK;
        return MOMENT.format(reader) + " (" + own.format(there) + ")";
    }

    /** A calendar day, the same in every zone: {@code Sun 6 Dec 2026}. */
    public static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** How long ago (or how soon) a moment is: {@code just now}, {@code 5 minutes ago}, {@code yesterday}, {@code in 3 days}. */
    public String relative(Instant at) {
        Duration gap = Duration.between(at, now);
        boolean past = !gap.isNegative();
        long seconds = Math.abs(gap.getSeconds());
        if (seconds < 60) {
            return past ? "just now" : "in a moment";
        }
        if (seconds < 3600) {
            return phrase(seconds / 60, "minute", past);
        }
        if (seconds < 12 * 3600) {
            return phrase(seconds / 3600, "hour", past);
        }
        return relative(LocalDate.ofInstant(at, zone));
    }

    /** How many days ago (or ahead) a day is, counted in the reader's zone: {@code today}, {@code 2 weeks ago}. */
    public String relative(LocalDate day) {
        long days = ChronoUnit.DAYS.between(day, LocalDate.ofInstant(now, zone));
        long abs = Math.abs(days);
        boolean past = days >= 0;
        if (abs == 0) {
            return "today";
        }
        if (abs == 1) {
            return past ? "yesterday" : "tomorrow";
        }
        if (abs < 14) {
            return phrase(abs, "day", past);
        }
        if (abs < 60) {
            return phrase(abs / 7, "week", past);
        }
        long months = Math.abs(ChronoUnit.MONTHS.between(day, LocalDate.ofInstant(now, zone)));
        if (months < 12) {
            return phrase(months, "month", past);
        }
        return day(day);
    }

    private static String phrase(long count, String unit, boolean past) {
        String amount = count + " " + unit + (count == 1 ? "" : "s");
        return past ? amount + " ago" : "in " + amount;
    }
}
