package dev.signpost.sigs;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/** On which local dates a meeting falls; the time of day and the zone belong to {@link MeetingSchedule}. */
sealed interface Recurrence {

    /** The first meeting date on or after {@code from}, or empty when no meeting is left. */
    Optional<LocalDate> firstOnOrAfter(LocalDate from);

    /** The meeting date after a meeting date, or empty when it was the last. */
    Optional<LocalDate> after(LocalDate meeting);

    /** How a person reads the dates, e.g. "Every Tuesday". */
    String describe();

    record Weekly(DayOfWeek day) implements Recurrence {

        public Optional<LocalDate> firstOnOrAfter(LocalDate from) {
            return Optional.of(from.with(TemporalAdjusters.nextOrSame(day)));
        }

        public Optional<LocalDate> after(LocalDate meeting) {
            return Optional.of(meeting.plusWeeks(1));
        }

        public String describe() {
            return "Every " + dayName(day);
        }
    }

    /** Every second week counting from {@code first}, which falls on the meeting's weekday; none before it. */
    record EveryOtherWeek(LocalDate first) implements Recurrence {

        public Optional<LocalDate> firstOnOrAfter(LocalDate from) {
            long days = Math.max(0, ChronoUnit.DAYS.between(first, from));
            return Optional.of(first.plusDays((days + 13) / 14 * 14));
        }

        public Optional<LocalDate> after(LocalDate meeting) {
            return Optional.of(meeting.plusWeeks(2));
        }

        public String describe() {
            return "Every other " + dayName(first.getDayOfWeek());
        }
    }

    record Monthly(Week week, DayOfWeek day) implements Recurrence {

        public Optional<LocalDate> firstOnOrAfter(LocalDate from) {
            LocalDate inThisMonth = inMonthOf(from);
            return Optional.of(inThisMonth.isBefore(from) ? inMonthOf(from.plusMonths(1)) : inThisMonth);
        }

        public Optional<LocalDate> after(LocalDate meeting) {
            return Optional.of(inMonthOf(meeting.plusMonths(1)));
        }

        public String describe() {
            return week.label + " " + dayName(day) + " of the month";
        }

        private LocalDate inMonthOf(LocalDate date) {
            return date.with(TemporalAdjusters.dayOfWeekInMonth(week.inMonth, day));
        }
    }

    record Once(LocalDate date) implements Recurrence {

        private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

        public Optional<LocalDate> firstOnOrAfter(LocalDate from) {
            return date.isBefore(from) ? Optional.empty() : Optional.of(date);
        }

        public Optional<LocalDate> after(LocalDate meeting) {
            return Optional.empty();
        }

        public String describe() {
            return DATE.format(date);
        }
    }

    /** Which of a month's weekdays of one name; {@code last} is the fourth or the fifth. */
    enum Week {
        FIRST("First", 1), SECOND("Second", 2), THIRD("Third", 3), FOURTH("Fourth", 4), LAST("Last", -1);

        private final String label;
        private final int inMonth;

        Week(String label, int inMonth) {
            this.label = label;
            this.inMonth = inMonth;
        }
    }

    static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
