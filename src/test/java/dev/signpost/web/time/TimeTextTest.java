package dev.signpost.web.time;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one way the portal writes time, as a pure rule: a reader's zone and "now" in, text out. */
class TimeTextTest {

    private static final Instant NOW = Instant.parse("2026-12-06T14:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId UTC = ZoneId.of("UTC");

    private static TimeText in(String zone) {
        return new TimeText(ZoneId.of(zone), NOW);
    }

    @Test
    void shouldWriteAMomentWithWeekdayDayMonthYearClockAndZone() {
        assertEquals("Sun 6 Dec 2026, 15:00 CET", in("Europe/Berlin").moment(NOW));
        assertEquals("Sun 6 Dec 2026, 14:00 UTC", in("UTC").moment(NOW));
        assertEquals("Sun 6 Dec 2026, 09:00 EST", in("America/New_York").moment(NOW));
        assertTrue(in("Pacific/Apia").moment(NOW).startsWith("Mon 7 Dec 2026, 03:00 "), "the day moves with the zone");
    }

    @Test
    void shouldFollowSummerTime() {
        assertEquals("Sat 1 Aug 2026, 12:00 CEST", in("Europe/Berlin").moment(Instant.parse("2026-08-01T10:00:00Z")));
    }

    @Test
    void shouldAddTheMeetingsOwnClockOnlyWhereItDiffers() {
        assertEquals("Sun 6 Dec 2026, 15:00 CET", in("Europe/Berlin").meeting(NOW, BERLIN));
        assertEquals("Sun 6 Dec 2026, 15:00 CET", in("Europe/Paris").meeting(NOW, BERLIN), "same clocks: said once");
        assertEquals("Sun 6 Dec 2026, 14:00 UTC (15:00 CET)", new TimeText(UTC, NOW).meeting(NOW, BERLIN));
        assertEquals("Sun 6 Dec 2026, 23:00 JST (15:00 CET)", in("Asia/Tokyo").meeting(NOW, BERLIN));
        assertEquals("Mon 7 Dec 2026, 00:30 JST (Sun 6 Dec, 16:30 CET)",
                in("Asia/Tokyo").meeting(NOW.plus(Duration.ofMinutes(90)), BERLIN), "the meeting's day where it differs");
    }

    @Test
    void shouldWriteADayTheSameInEveryZone() {
        assertEquals("Thu 10 Dec 2026", TimeText.day(LocalDate.of(2026, 12, 10)));
        assertEquals("Fri 1 Jan 2027", TimeText.day(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void shouldSayHowLongAgoAMomentWas() {
        TimeText text = in("Europe/Berlin");
        assertEquals("just now", text.relative(NOW.minusSeconds(59)));
        assertEquals("1 minute ago", text.relative(NOW.minusSeconds(60)));
        assertEquals("59 minutes ago", text.relative(NOW.minus(Duration.ofMinutes(59))));
        assertEquals("1 hour ago", text.relative(NOW.minus(Duration.ofMinutes(61))));
        assertEquals("11 hours ago", text.relative(NOW.minus(Duration.ofHours(11))));
        assertEquals("yesterday", text.relative(NOW.minus(Duration.ofHours(20))));
        assertEquals("3 days ago", text.relative(NOW.minus(Duration.ofDays(3))));
        assertEquals("2 weeks ago", text.relative(NOW.minus(Duration.ofDays(15))));
        assertEquals("3 months ago", text.relative(NOW.minus(Duration.ofDays(100))));
        assertEquals("Sat 6 Dec 2025", text.relative(NOW.minus(Duration.ofDays(365))), "past a year: the day itself");
    }

    @Test
    void shouldSayHowSoonAMomentIs() {
        TimeText text = in("UTC");
        assertEquals("in a moment", text.relative(NOW.plusSeconds(30)));
        assertEquals("in 5 minutes", text.relative(NOW.plus(Duration.ofMinutes(5))));
        assertEquals("in 2 hours", text.relative(NOW.plus(Duration.ofHours(2))));
        assertEquals("tomorrow", text.relative(NOW.plus(Duration.ofHours(13))));
        assertEquals("in 3 days", text.relative(NOW.plus(Duration.ofDays(3))));
    }

    @Test
    void shouldCountDaysInTheReadersZone() {
        // 23:30 UTC on 5 December is already the 6th in Berlin: "today" there, "yesterday" in UTC
        Instant lateEvening = Instant.parse("2026-12-05T23:30:00Z");
        assertEquals("today", new TimeText(BERLIN, NOW).relative(LocalDate.ofInstant(lateEvening, BERLIN)));
        assertEquals("yesterday", new TimeText(UTC, NOW).relative(LocalDate.ofInstant(lateEvening, UTC)));
    }
}
