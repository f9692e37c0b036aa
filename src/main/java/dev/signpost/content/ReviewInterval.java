package dev.signpost.content;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How often a page must be reviewed: a number of days, weeks, months or years ({@code 90d}, {@code 12w}, {@code 6m}, {@code 1y}). */
public record ReviewInterval(int amount, char unit) {

    private static final Pattern FORMAT = Pattern.compile("\\s*(\\d{1,4})\\s*([dwmy])\\s*");

    public static ReviewInterval parse(String text) {
        Matcher m = FORMAT.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
            throw new IllegalArgumentException("'" + text + "' is not a review interval; write a number and d, w, m or y, e.g. 90d, 12w, 6m, 1y");
        }
        return new ReviewInterval(Integer.parseInt(m.group(1)), m.group(2).charAt(0));
    }

    public LocalDate after(LocalDate date) {
        return date.plus(period());
    }

    public Period period() {
        return switch (unit) {
            case 'd' -> Period.ofDays(amount);
            case 'w' -> Period.ofWeeks(amount);
            case 'm' -> Period.ofMonths(amount);
            default -> Period.ofYears(amount);
        };
    }

    @Override
    public String toString() {
        return amount + String.valueOf(unit);
    }
}
