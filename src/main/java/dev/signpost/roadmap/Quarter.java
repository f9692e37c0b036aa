package dev.signpost.roadmap;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, {@code 2026-Q3}. Roadmap dates may be quarters or days; a day belongs to its quarter. */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-?[Qq]([1-4])");

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("a quarter is 1 to 4, not " + quarter);
        }
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** A quarter from {@code 2026-Q3} or a day {@code 2026-08-14}; empty for anything else. */
    public static Optional<Quarter> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.strip());
        if (m.matches()) {
            return Optional.of(new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        try {
            return Optional.of(of(LocalDate.parse(text.strip())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    /** How many quarters this is after {@code other} (negative when before). */
    public int minus(Quarter other) {
        return (year - other.year) * 4 + quarter - other.quarter;
    }

    public Quarter plus(int quarters) {
        int index = year * 4 + quarter - 1 + quarters;
        return new Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(minus(other), 0);
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
