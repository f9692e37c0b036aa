package dev.signpost.notifications;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * When periodic messages (daily reminders and digests, weekly digests) are due. A job that makes them runs often (every
 * instance, every few minutes) and asks for the latest slot that has begun; it names its messages after that slot, so
 * the outbox's idempotency keys make each go once however many instances and runs there are, and a restart at any
 * time never makes a day go missing. Pure.
 */
public record Slots(ZoneId zone, LocalTime at, DayOfWeek weeklyOn) {

    /** The day of the latest daily slot that has begun at {@code now}: today once {@code at} has passed, else yesterday. */
    public LocalDate latestDay(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        LocalDate today = local.toLocalDate();
        return local.toLocalTime().isBefore(at) ? today.minusDays(1) : today;
    }

    /** The day of the latest weekly slot that has begun at {@code now}. */
    public LocalDate latestWeekDay(Instant now) {
        return latestDay(now).with(TemporalAdjusters.previousOrSame(weeklyOn));
    }

    /** When the slot of {@code day} begins. */
    public Instant start(LocalDate day) {
        return day.atTime(at).atZone(zone).toInstant();
    }

    /** When the next daily slot after {@code now} begins. */
    public Instant nextStart(Instant now) {
        return start(latestDay(now).plusDays(1));
    }
}
