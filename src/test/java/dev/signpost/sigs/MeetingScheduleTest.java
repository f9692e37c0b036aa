package dev.signpost.sigs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeetingScheduleTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String WEEKLY_BERLIN = "weekly Tuesday 15:00";
    private static final String ANY_FORMAT = "'weekly Tuesday 15:00', 'biweekly Tuesday 15:00 from 2026-11-03', "
            + "'monthly first Thursday 10:00' or '2026-12-10 14:00'";

    // --- next() for each format

    @ParameterizedTest(name = "{0} ({1}) from {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            // weekly: before, exactly at, one minute after
            "weekly Tuesday 15:00|Europe/Berlin|2026-11-02T00:00:00Z|2026-11-03T15:00+01:00[Europe/Berlin]",
            "weekly Tuesday 15:00|Europe/Berlin|2026-11-03T14:00:00Z|2026-11-03T15:00+01:00[Europe/Berlin]",
            "weekly Tuesday 15:00|Europe/Berlin|2026-11-03T14:01:00Z|2026-11-10T15:00+01:00[Europe/Berlin]",
            "weekly Tuesday 15:00|Europe/Berlin|2026-11-03T13:59:59.999Z|2026-11-03T15:00+01:00[Europe/Berlin]",
            "weekly sun 07:30||2026-11-01T07:30:00Z|2026-11-01T07:30Z[UTC]",
            "weekly sun 07:30||2026-11-01T07:31:00Z|2026-11-08T07:30Z[UTC]",
            // biweekly: before the first date, at it, a minute after, in the off week, across the new year
            "biweekly Tuesday 15:00 from 2026-11-03|Europe/Berlin|2026-01-01T00:00:00Z|2026-11-03T15:00+01:00[Europe/Berlin]",
            "biweekly Tuesday 15:00 from 2026-11-03|Europe/Berlin|2026-11-03T14:00:00Z|2026-11-03T15:00+01:00[Europe/Berlin]",
            "biweekly Tuesday 15:00 from 2026-11-03|Europe/Berlin|2026-11-03T14:01:00Z|2026-11-17T15:00+01:00[Europe/Berlin]",
            "biweekly Tuesday 15:00 from 2026-11-03|Europe/Berlin|2026-11-10T14:00:00Z|2026-11-17T15:00+01:00[Europe/Berlin]",
            "biweekly Tuesday 15:00 from 2026-12-22|Europe/Berlin|2026-12-22T14:01:00Z|2027-01-05T15:00+01:00[Europe/Berlin]",
            "biweekly Tuesday 15:00 from 2026-12-22|Europe/Berlin|2026-12-29T14:00:00Z|2027-01-05T15:00+01:00[Europe/Berlin]",
            "biweekly Tuesday 15:00 from 2026-12-22|Europe/Berlin|2027-01-05T14:01:00Z|2027-01-19T15:00+01:00[Europe/Berlin]",
            // monthly: at the first Thursday, a minute after (next month), across the new year
            "monthly first Thursday 10:00|Europe/Berlin|2026-11-01T00:00:00Z|2026-11-05T10:00+01:00[Europe/Berlin]",
            "monthly first Thursday 10:00|Europe/Berlin|2026-11-05T09:00:00Z|2026-11-05T10:00+01:00[Europe/Berlin]",
            "monthly first Thursday 10:00|Europe/Berlin|2026-11-05T09:01:00Z|2026-12-03T10:00+01:00[Europe/Berlin]",
            "monthly first Thursday 10:00|Europe/Berlin|2026-12-03T09:01:00Z|2027-01-07T10:00+01:00[Europe/Berlin]",
            "monthly second Tue 18:00|UTC|2026-11-01T00:00:00Z|2026-11-10T18:00Z[UTC]",
            "monthly third Tue 18:00|UTC|2026-11-01T00:00:00Z|2026-11-17T18:00Z[UTC]",
            "monthly fourth Thursday 10:00|UTC|2026-10-01T00:00:00Z|2026-10-22T10:00Z[UTC]",
            "monthly last Thursday 10:00|UTC|2026-10-23T00:00:00Z|2026-10-29T10:00Z[UTC]",
            // single: before, exactly at; both spellings
            "2026-12-10 14:00|Europe/Berlin|2026-12-01T00:00:00Z|2026-12-10T14:00+01:00[Europe/Berlin]",
            "2026-12-10 14:00|Europe/Berlin|2026-12-10T13:00:00Z|2026-12-10T14:00+01:00[Europe/Berlin]",
            "2026-12-10T14:00|Europe/Berlin|2026-12-10T13:00:00Z|2026-12-10T14:00+01:00[Europe/Berlin]",
            "2026-12-10t14:00|America/New_York|2026-12-10T00:00:00Z|2026-12-10T14:00-05:00[America/New_York]"})
    void shouldFindTheNextOccurrence(String when, String tz, Instant from, ZonedDateTime expected) {
        assertEquals(Optional.of(expected), parse(when, tz).next(from));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource(delimiter = '|', value = {
            "2026-12-10 14:00|2026-12-10T13:01:00Z",
            "2026-12-10 14:00|2026-12-11T00:00:00Z",
            "2026-12-10T14:00|2030-01-01T00:00:00Z"})
    void shouldHaveNoNextOccurrenceForASingleMeetingInThePast(String when, Instant from) {
        assertEquals(Optional.empty(), parse(when, "Europe/Berlin").next(from));
    }

    // --- biweekly parity

    @Test
    void shouldMeetEveryOtherWeekForTwoYearsAcrossYearBoundaries() {
        LocalDate first = LocalDate.of(2026, 11, 3);
        List<LocalDate> expected = new ArrayList<>();
        for (LocalDate day = first; day.isBefore(LocalDate.of(2028, 12, 31)); day = day.plusDays(14)) {
            expected.add(day);
        }
        List<ZonedDateTime> meetings = parse("biweekly Tuesday 15:00 from 2026-11-03", "Europe/Berlin")
                .between(at("2026-01-01T00:00:00Z"), at("2028-12-31T00:00:00Z"), 1000);
        assertEquals(expected, meetings.stream().map(ZonedDateTime::toLocalDate).toList());
        assertTrue(meetings.stream().allMatch(at -> at.toLocalTime().equals(LocalTime.of(15, 0))), meetings.toString());
        assertTrue(expected.contains(LocalDate.of(2027, 1, 12)) && expected.contains(LocalDate.of(2028, 1, 11)));
    }

    @ParameterizedTest(name = "{0} days after the first meeting")
    @MethodSource("daysAfterFirstBiweeklyMeeting")
    void shouldPickTheRightWeekFromAnyDay(int days) {
        LocalDate first = LocalDate.of(2026, 11, 3);
        LocalDate day = first.plusDays(days);
        LocalDate expected = first;
        while (expected.isBefore(day)) {
            expected = expected.plusWeeks(2);
        }
        Instant midnight = day.atStartOfDay(BERLIN).toInstant();
        ZonedDateTime next = parse("biweekly Tue 15:00 from 2026-11-03", "Europe/Berlin").next(midnight).orElseThrow();
        assertEquals(ZonedDateTime.of(expected, LocalTime.of(15, 0), BERLIN), next);
    }

    static IntStream daysAfterFirstBiweeklyMeeting() {
        return IntStream.rangeClosed(0, 400).filter(days -> days % 3 == 0 || days % 14 <= 1 || days % 14 == 13);
    }

    // --- monthly "last" in months of 28, 29, 30 and 31 days

    @ParameterizedTest(name = "last {0} on or after {1} -> {2}")
    @CsvSource({
            "SATURDAY, 2026-02-01, 2026-02-28", // 28 days, last day of the month
            "FRIDAY,   2026-02-01, 2026-02-27",
            "SUNDAY,   2026-02-01, 2026-02-22",
            "TUESDAY,  2028-02-01, 2028-02-29", // 29 days
            "THURSDAY, 2026-04-01, 2026-04-30", // 30 days
            "FRIDAY,   2026-04-01, 2026-04-24",
            "SUNDAY,   2026-05-01, 2026-05-31", // 31 days
            "MONDAY,   2026-05-01, 2026-05-25",
            "SATURDAY, 2026-01-01, 2026-01-31",
            "THURSDAY, 2026-10-01, 2026-10-29", // a fifth Thursday, so last is not fourth
            "SATURDAY, 2026-02-28, 2026-02-28",
            "SATURDAY, 2026-03-01, 2026-03-28",
            "SUNDAY,   2026-05-31, 2026-05-31"})
    void shouldFindTheLastWeekdayOfMonthsOfEveryLength(DayOfWeek day, LocalDate from, LocalDate expected) {
        MeetingSchedule schedule = parse("monthly last " + day + " 10:00", null);
        Instant start = from.atStartOfDay(ZoneId.of("UTC")).toInstant();
        assertEquals(Optional.of(ZonedDateTime.of(expected, LocalTime.of(10, 0), ZoneId.of("UTC"))), schedule.next(start));
    }

    @Test
    void shouldMoveToNextMonthsLastWeekdayOneMinuteAfterThisMonths() {
        MeetingSchedule lastSaturday = parse("monthly last sat 10:00", "UTC");
        assertEquals(at("2026-02-28T10:00:00Z"),
                lastSaturday.next(at("2026-01-31T10:01:00Z")).orElseThrow().toInstant());
        assertEquals(List.of(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 28),
                        LocalDate.of(2026, 4, 25)),
                lastSaturday.between(at("2026-01-01T00:00:00Z"), at("2026-12-31T00:00:00Z"), 4)
                        .stream().map(ZonedDateTime::toLocalDate).toList());
    }

    // --- daylight saving time

    @Test
    void shouldKeepBerlinLocalTimeWhenSummerTimeEnds() {
        MeetingSchedule schedule = parse(WEEKLY_BERLIN, "Europe/Berlin");
        assertEquals(at("2026-10-20T13:00:00Z"), schedule.next(at("2026-10-19T00:00:00Z")).orElseThrow().toInstant());
        assertEquals(at("2026-10-27T14:00:00Z"), schedule.next(at("2026-10-26T00:00:00Z")).orElseThrow().toInstant());
        List<ZonedDateTime> around = schedule.between(at("2026-10-19T00:00:00Z"), at("2026-10-28T00:00:00Z"), 10);
        assertEquals(List.of(at("2026-10-20T13:00:00Z"), at("2026-10-27T14:00:00Z")), instants(around));
        assertEquals(List.of(LocalTime.of(15, 0), LocalTime.of(15, 0)),
                around.stream().map(ZonedDateTime::toLocalTime).toList());
    }

    @Test
    void shouldKeepBerlinLocalTimeWhenSummerTimeStarts() {
        MeetingSchedule schedule = parse(WEEKLY_BERLIN, "Europe/Berlin");
        assertEquals(List.of(at("2026-03-24T14:00:00Z"), at("2026-03-31T13:00:00Z")),
                instants(schedule.between(at("2026-03-23T00:00:00Z"), at("2026-04-01T00:00:00Z"), 10)));
    }

    @Test
    void shouldShiftATimeTheSpringForwardSkipsLaterByTheGap() {
        MeetingSchedule schedule = parse("weekly Sunday 02:30", "Europe/Berlin");
        assertEquals(List.of(ZonedDateTime.parse("2026-03-29T03:30+02:00[Europe/Berlin]"),
                        ZonedDateTime.parse("2026-04-05T02:30+02:00[Europe/Berlin]")),
                schedule.between(at("2026-03-28T00:00:00Z"), at("2026-04-06T00:00:00Z"), 10));
    }

    @Test
    void shouldTakeTheEarlierOfATimeTheAutumnHasTwice() {
        MeetingSchedule schedule = parse("weekly Sunday 02:30", "Europe/Berlin");
        assertEquals(at("2026-10-25T00:30:00Z"), schedule.next(at("2026-10-24T00:00:00Z")).orElseThrow().toInstant());
        assertEquals(at("2026-11-01T01:30:00Z"), schedule.next(at("2026-10-25T00:31:00Z")).orElseThrow().toInstant());
    }

    @Test
    void shouldFindAMeetingWhoseLocalDayWasSkippedEntirely() {
        // Samoa skipped Friday 2011-12-30; the meeting resolves to the same time a day later, when "from" has
        // already reached 31 December locally.
        MeetingSchedule schedule = parse("weekly Friday 10:00", "Pacific/Apia");
        assertEquals(Optional.of(ZonedDateTime.parse("2011-12-31T10:00+14:00[Pacific/Apia]")),
                schedule.next(at("2011-12-30T19:00:00Z")));
    }

    // --- between

    @Test
    void shouldIncludeFromAndExcludeUntil() {
        MeetingSchedule schedule = parse("weekly Tuesday 15:00", "UTC");
        assertEquals(List.of(at("2026-11-03T15:00:00Z"), at("2026-11-10T15:00:00Z"), at("2026-11-17T15:00:00Z")),
                instants(schedule.between(at("2026-11-03T15:00:00Z"), at("2026-11-24T15:00:00Z"), 10)));
        assertEquals(4, schedule.between(at("2026-11-03T15:00:00Z"), at("2026-11-24T15:00:01Z"), 10).size());
        assertEquals(2, schedule.between(at("2026-11-03T15:00:01Z"), at("2026-11-24T15:00:00Z"), 10).size());
    }

    @Test
    void shouldStopAtMax() {
        MeetingSchedule schedule = parse("weekly Tuesday 15:00", "UTC");
        Instant from = at("2026-01-01T00:00:00Z");
        Instant until = at("2027-01-01T00:00:00Z");
        assertEquals(List.of(at("2026-01-06T15:00:00Z"), at("2026-01-13T15:00:00Z")), instants(schedule.between(from, until, 2)));
        assertEquals(52, schedule.between(from, until, 100).size());
        assertEquals(List.of(), schedule.between(from, until, 0));
        assertThrows(IllegalArgumentException.class, () -> schedule.between(from, until, -1));
    }

    @Test
    void shouldBeEmptyWhenUntilIsNotAfterFrom() {
        MeetingSchedule schedule = parse("weekly Tuesday 15:00", "UTC");
        Instant meeting = at("2026-11-03T15:00:00Z");
        assertEquals(List.of(), schedule.between(meeting, meeting, 10));
        assertEquals(List.of(), schedule.between(meeting, meeting.minusSeconds(3600), 10));
    }

    @Test
    void shouldListASingleMeetingOnlyInsideTheWindow() {
        MeetingSchedule schedule = parse("2026-12-10 14:00", "Europe/Berlin");
        assertEquals(List.of(ZonedDateTime.parse("2026-12-10T14:00+01:00[Europe/Berlin]")),
                schedule.between(at("2026-12-01T00:00:00Z"), at("2027-01-01T00:00:00Z"), 10));
        assertEquals(List.of(), schedule.between(at("2026-12-10T13:00:01Z"), at("2027-01-01T00:00:00Z"), 10));
        assertEquals(List.of(), schedule.between(at("2026-12-01T00:00:00Z"), at("2026-12-10T13:00:00Z"), 10));
    }

    @Test
    void shouldStayWithinYearsZeroToNineThousandNineHundredNinetyNine() {
        MeetingSchedule schedule = parse("weekly Tuesday 15:00", "Pacific/Kiritimati");
        assertEquals(LocalDate.of(0, 1, 4), schedule.next(Instant.MIN).orElseThrow().toLocalDate());
        assertEquals(2, schedule.between(Instant.MIN, Instant.MAX, 2).size());
        assertEquals(LocalDate.of(9999, 12, 28), schedule.next(at("9999-12-25T00:00:00Z")).orElseThrow().toLocalDate());
        assertEquals(Optional.empty(), schedule.next(at("9999-12-29T00:00:00Z")));
        assertEquals(Optional.empty(), schedule.next(Instant.MAX));
        assertEquals(List.of(), schedule.between(Instant.MAX, Instant.MAX, 5));
    }

    // --- describe() and recurring()

    @ParameterizedTest(name = "''{0}'' ({1}) -> {2}")
    @CsvSource(delimiter = '|', value = {
            "weekly Tuesday 15:00|Europe/Berlin|Every Tuesday at 15:00 (Europe/Berlin)",
            "biweekly Tuesday 15:00 from 2026-11-03|Europe/Berlin|Every other Tuesday at 15:00 (Europe/Berlin)",
            "monthly first Thursday 10:00|Europe/Berlin|First Thursday of the month at 10:00 (Europe/Berlin)",
            "monthly last fri 9:05||Last Friday of the month at 09:05 (UTC)",
            "Monthly SECOND wed 18:30|'  '|Second Wednesday of the month at 18:30 (UTC)",
            "monthly Third SAT 00:00|Asia/Kolkata|Third Saturday of the month at 00:00 (Asia/Kolkata)",
            "monthly fourth mon 23:59|UTC|Fourth Monday of the month at 23:59 (UTC)",
            "2026-12-10 14:00|Europe/Berlin|10 December 2026 at 14:00 (Europe/Berlin)",
            "2026-03-03T08:00|America/New_York|3 March 2026 at 08:00 (America/New_York)",
            "'  WEEKLY   tue   15:00  '|' europe/berlin '|Every Tuesday at 15:00 (Europe/Berlin)",
            "'weekly\u00A0Sunday\u2003\t07:00'|UTC|Every Sunday at 07:00 (UTC)",
            "'BIWEEKLY  thu 7:00  FROM  2026-11-05'|Asia/Tokyo|Every other Thursday at 07:00 (Asia/Tokyo)"})
    void shouldDescribeTheRuleForPeople(String when, String tz, String expected) {
        assertEquals(expected, parse(when, tz).describe());
    }

    @ParameterizedTest(name = "''{0}'' recurring: {1}")
    @CsvSource(delimiter = '|', value = {
            "weekly Tuesday 15:00|true",
            "biweekly Tuesday 15:00 from 2026-11-03|true",
            "monthly last Friday 10:00|true",
            "2026-12-10 14:00|false",
            "2026-12-10T14:00|false"})
    void shouldTellRecurringFromSingleMeetings(String when, boolean recurring) {
        assertEquals(recurring, parse(when, "UTC").recurring());
    }

    // --- problems

    @ParameterizedTest(name = "''{0}'' ({1})")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "weekly Tusday 15:00|Europe/Berlin|Unknown weekday 'Tusday' in 'weekly Tusday 15:00'; write e.g. 'weekly Tuesday 15:00'.",
            "weekly Tuesday 15:00|Berlin|Unknown time zone 'Berlin'; use an IANA zone such as Europe/Berlin.",
            "weekly Tuesday 15:00|+02:00|Unknown time zone '+02:00'; use an IANA zone such as Europe/Berlin.",
            "weekly Tuesday 15:00|UTC+1|Unknown time zone 'UTC+1'; use an IANA zone such as Europe/Berlin.",
            "biweekly Tuesday 15:00 from 2026-11-04|Europe/Berlin|'biweekly Tuesday 15:00 from 2026-11-04': 2026-11-04 is a Wednesday, not a Tuesday.",
            "weekly Tuesday 25:00|Europe/Berlin|'25:00' in 'weekly Tuesday 25:00' is not a time of day; write HH:MM from 00:00 to 23:59, e.g. 'weekly Tuesday 15:00'.",
            "weekly Tuesday 15:60|UTC|'15:60' in 'weekly Tuesday 15:60' is not a time of day; write HH:MM from 00:00 to 23:59, e.g. 'weekly Tuesday 15:00'.",
            "weekly Tuesday 3pm|UTC|'3pm' in 'weekly Tuesday 3pm' is not a time of day; write HH:MM from 00:00 to 23:59, e.g. 'weekly Tuesday 15:00'.",
            "monthly fifth Monday 10:00|UTC|Unknown week 'fifth' in 'monthly fifth Monday 10:00'; use first, second, third, fourth or last, e.g. 'monthly first Thursday 10:00'.",
            "monthly first Mon|UTC|Cannot read 'monthly first Mon' as a meeting time; write e.g. 'monthly first Thursday 10:00'.",
            "2026-02-30 10:00|UTC|'2026-02-30' in '2026-02-30 10:00' is not a date; write YYYY-MM-DD, e.g. '2026-12-10 14:00'.",
            "2026-12-10 24:00|UTC|'24:00' in '2026-12-10 24:00' is not a time of day; write HH:MM from 00:00 to 23:59, e.g. '2026-12-10 14:00'.",
            "biweekly Tuesday 15:00 from 2026-13-01|UTC|'2026-13-01' in 'biweekly Tuesday 15:00 from 2026-13-01' is not a date; write YYYY-MM-DD, e.g. 'biweekly Tuesday 15:00 from 2026-11-03'.",
            "biweekly Tuesday 15:00|UTC|Cannot read 'biweekly Tuesday 15:00' as a meeting time; write e.g. 'biweekly Tuesday 15:00 from 2026-11-03'.",
            "biweekly Tuesday 15:00 since 2026-11-03|UTC|Cannot read 'biweekly Tuesday 15:00 since 2026-11-03' as a meeting time; write e.g. 'biweekly Tuesday 15:00 from 2026-11-03'.",
            "weekly|UTC|Cannot read 'weekly' as a meeting time; write e.g. 'weekly Tuesday 15:00'.",
            "weekly Tuesday 15:00 16:00|UTC|Cannot read 'weekly Tuesday 15:00 16:00' as a meeting time; write e.g. 'weekly Tuesday 15:00'."})
    void shouldNameTheBadPart(String when, String tz, String expected) {
        List<String> problems = new ArrayList<>();
        assertEquals(Optional.empty(), MeetingSchedule.parse(when, tz, problems));
        assertEquals(List.of(expected), problems);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"every Tuesday at 3", "fortnightly Tuesday 15:00", "tuesday 15:00"})
    void shouldListEveryFormatWhenTheKindIsUnknown(String when) {
        List<String> problems = new ArrayList<>();
        assertEquals(Optional.empty(), MeetingSchedule.parse(when, "UTC", problems));
        assertEquals(List.of("Cannot read '" + when + "' as a meeting time; write " + ANY_FORMAT + "."), problems);
    }

    @ParameterizedTest(name = "''{0}''")
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n", "\u00A0\u2003"})
    void shouldAskForAWhenWhenThereIsNone(String when) {
        List<String> problems = new ArrayList<>();
        assertEquals(Optional.empty(), MeetingSchedule.parse(when, "Europe/Berlin", problems));
        assertEquals(List.of("No 'when' for the meeting; write e.g. 'weekly Tuesday 15:00'."), problems);
    }

    @Test
    void shouldReportEveryBadPartAndKeepEarlierProblems() {
        List<String> problems = new ArrayList<>(List.of("an earlier problem"));
        assertEquals(Optional.empty(), MeetingSchedule.parse("weekly Tusday 25:00", "Mars/Olympus", problems));
        assertEquals(List.of("an earlier problem",
                "Unknown weekday 'Tusday' in 'weekly Tusday 25:00'; write e.g. 'weekly Tuesday 15:00'.",
                "'25:00' in 'weekly Tusday 25:00' is not a time of day; write HH:MM from 00:00 to 23:59, e.g. 'weekly Tuesday 15:00'.",
                "Unknown time zone 'Mars/Olympus'; use an IANA zone such as Europe/Berlin."), problems);
    }

    @Test
    void shouldAddNoProblemForAGoodSchedule() {
        List<String> problems = new ArrayList<>();
        assertTrue(MeetingSchedule.parse("weekly Tuesday 15:00", "Europe/Berlin", problems).isPresent());
        assertEquals(List.of(), problems);
    }

    @Test
    void shouldCutAVeryLongInputInTheMessage() {
        List<String> problems = new ArrayList<>();
        MeetingSchedule.parse("x".repeat(100_000), "UTC", problems);
        assertEquals(List.of("Cannot read '" + "x".repeat(60) + "…' as a meeting time; write " + ANY_FORMAT + "."), problems);
    }

    @ParameterizedTest(name = "[{index}] when")
    @MethodSource("hostileWhens")
    void shouldRefuseHostileWhenWithoutThrowing(String when) {
        List<String> problems = new ArrayList<>();
        assertEquals(Optional.empty(), MeetingSchedule.parse(when, "Europe/Berlin", problems));
        assertFalse(problems.isEmpty());
        assertTrue(problems.stream().allMatch(p -> !p.isBlank() && p.length() < 400 && p.endsWith(".")), problems.toString());
    }

    static Stream<String> hostileWhens() {
        return Stream.of("", " ", "weekly", "monthly", "biweekly", "monthly fifth Monday 10:00", "monthly last",
                "x".repeat(100_000), "weekly " + "Tuesday ".repeat(20_000) + "15:00", "2026-02-30 10:00",
                "2026-12-10T", "2026-12-10T14:00:00", "2026-12-10 14:00 15:00", "9999999999-01-01 10:00",
                "-2026-12-10 10:00", "週次 火曜日 15:00", "weekly Dienstag 15:00", "weekly Tuesday ١٥:٠٠",
                "weekly Tuesday 15:00\u0000", "weekly Tuesday 99999999999999999999:00", "weekly Tuesday -1:00",
                "biweekly Tuesday 15:00 from 0000-00-00", "\uD83D\uDE00\uD83D\uDE00", "\uD800", "null",
                "weekly Tuesday 15:00; DROP TABLE sigs", "<script>alert(1)</script>");
    }

    @ParameterizedTest(name = "[{index}] tz")
    @MethodSource("hostileZones")
    void shouldRefuseHostileTimeZoneWithoutThrowing(String tz) {
        List<String> problems = new ArrayList<>();
        assertEquals(Optional.empty(), MeetingSchedule.parse("weekly Tuesday 15:00", tz, problems));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("Unknown time zone '") && problems.get(0).length() < 200, problems.get(0));
    }

    static Stream<Arguments> hostileZones() {
        return Stream.of("Berlin", "Europe/Berlin/", "Europe/Berlin\u0000", "../../../etc/passwd", "Z", "GMT+25",
                "x".repeat(100_000), "\uD83D\uDE00", "Europe/Bérlin", "Mars/Olympus").map(Arguments::of);
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static List<Instant> instants(List<ZonedDateTime> meetings) {
        return meetings.stream().map(ZonedDateTime::toInstant).toList();
    }

    private static MeetingSchedule parse(String when, String tz) {
        List<String> problems = new ArrayList<>();
        MeetingSchedule schedule = MeetingSchedule.parse(when, tz, problems).orElseThrow(() -> new AssertionError(problems));
        assertEquals(List.of(), problems);
        return schedule;
    }
}
