package dev.signpost.sigs;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a meeting's {@code when} as content writes it: {@code weekly Tuesday 15:00},
 * {@code biweekly Tuesday 15:00 from 2026-11-03}, {@code monthly first Thursday 10:00} or {@code 2026-12-10 14:00}.
 * Case and runs of whitespace do not matter. Every bad part is reported, quoting what the author wrote.
 */
final class WhenSyntax {

    record Parsed(Recurrence recurrence, LocalTime time) {
    }

    private static final String WEEKLY = "'weekly Tuesday 15:00'";
    private static final String BIWEEKLY = "'biweekly Tuesday 15:00 from 2026-11-03'";
    private static final String MONTHLY = "'monthly first Thursday 10:00'";
    private static final String ONCE = "'2026-12-10 14:00'";
    private static final String ANY = WEEKLY + ", " + BIWEEKLY + ", " + MONTHLY + " or " + ONCE;

    /** Any Unicode space separates words, so a non-breaking space pasted from a document is harmless. */
    private static final Pattern WORD = Pattern.compile("(?U)\\S+");
    private static final Pattern TIME = Pattern.compile("([0-9]{1,2}):([0-9]{2})");
    private static final Pattern DATE = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");
    private static final Map<String, DayOfWeek> DAYS = Arrays.stream(DayOfWeek.values())
            .flatMap(day -> Stream.of(Map.entry(day.name().toLowerCase(Locale.ROOT), day),
                    Map.entry(day.name().substring(0, 3).toLowerCase(Locale.ROOT), day)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    private static final Map<String, Recurrence.Week> WEEKS = Arrays.stream(Recurrence.Week.values())
            .collect(Collectors.toUnmodifiableMap(week -> week.name().toLowerCase(Locale.ROOT), Function.identity()));
    /** Long enough to recognise the input, short enough that a pasted novel does not become the message. */
    private static final int QUOTED_CODE_POINTS = 60;

    private final List<String> words;
    private final String text;
    private final List<String> problems;
    private String example = ANY;
    private boolean valid = true;

    private WhenSyntax(List<String> words, List<String> problems) {
        this.words = words;
        this.text = String.join(" ", words);
        this.problems = problems;
    }

    static Optional<Parsed> parse(String when, List<String> problems) {
        List<String> words = when == null ? List.of() : WORD.matcher(when).results().map(MatchResult::group).toList();
        if (words.isEmpty()) {
            problems.add("No 'when' for the meeting; write e.g. " + WEEKLY + ".");
            return Optional.empty();
        }
        return Optional.ofNullable(new WhenSyntax(words, problems).read());
    }

    /** The text in single quotes, cut at {@value #QUOTED_CODE_POINTS} code points. */
    static String quoted(String text) {
        if (text.codePointCount(0, text.length()) <= QUOTED_CODE_POINTS) {
            return "'" + text + "'";
        }
        return "'" + text.substring(0, text.offsetByCodePoints(0, QUOTED_CODE_POINTS)) + "…'";
    }

    /** The parsed when, or null after adding a problem for each bad part. */
    private Parsed read() {
        String first = words.get(0);
        return switch (first.toLowerCase(Locale.ROOT)) {
            case "weekly" -> weekly();
            case "biweekly" -> biweekly();
            case "monthly" -> monthly();
            default -> first.charAt(0) >= '0' && first.charAt(0) <= '9' ? once() : unreadable();
        };
    }

    private Parsed weekly() {
        example = WEEKLY;
        if (words.size() != 3) {
            return unreadable();
        }
        DayOfWeek day = day(words.get(1));
        LocalTime time = time(words.get(2));
        return valid ? new Parsed(new Recurrence.Weekly(day), time) : null;
    }

    private Parsed biweekly() {
        example = BIWEEKLY;
        if (words.size() != 5 || !words.get(3).equalsIgnoreCase("from")) {
            return unreadable();
        }
        DayOfWeek day = day(words.get(1));
        LocalTime time = time(words.get(2));
        LocalDate first = date(words.get(4));
        if (valid && first.getDayOfWeek() != day) {
            return problem(quoted(text) + ": " + first + " is a " + Recurrence.dayName(first.getDayOfWeek())
                    + ", not a " + Recurrence.dayName(day) + ".");
        }
        return valid ? new Parsed(new Recurrence.EveryOtherWeek(first), time) : null;
    }

    private Parsed monthly() {
        example = MONTHLY;
        if (words.size() != 4) {
            return unreadable();
        }
        Recurrence.Week week = WEEKS.get(words.get(1).toLowerCase(Locale.ROOT));
        if (week == null) {
            problem("Unknown week " + quoted(words.get(1)) + " in " + quoted(text)
                    + "; use first, second, third, fourth or last, e.g. " + example + ".");
        }
        DayOfWeek day = day(words.get(2));
        LocalTime time = time(words.get(3));
        return valid ? new Parsed(new Recurrence.Monthly(week, day), time) : null;
    }

    /** {@code 2026-12-10 14:00} or {@code 2026-12-10T14:00}. */
    private Parsed once() {
        example = ONCE;
        List<String> parts = words.size() == 1 ? List.of(words.get(0).split("[Tt]", 2)) : words;
        if (parts.size() != 2) {
            return unreadable();
        }
        LocalDate date = date(parts.get(0));
        LocalTime time = time(parts.get(1));
        return valid ? new Parsed(new Recurrence.Once(date), time) : null;
    }

    private DayOfWeek day(String word) {
        DayOfWeek day = DAYS.get(word.toLowerCase(Locale.ROOT));
        if (day == null) {
            problem("Unknown weekday " + quoted(word) + " in " + quoted(text) + "; write e.g. " + example + ".");
        }
        return day;
    }

    private LocalTime time(String word) {
        Matcher m = TIME.matcher(word);
        if (m.matches() && Integer.parseInt(m.group(1)) <= 23 && Integer.parseInt(m.group(2)) <= 59) {
            return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        problem(quoted(word) + " in " + quoted(text) + " is not a time of day; write HH:MM from 00:00 to 23:59, e.g. "
                + example + ".");
        return null;
    }

    private LocalDate date(String word) {
        Matcher m = DATE.matcher(word);
        try {
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
        } catch (DateTimeException e) {
            // a well-formed date that is not in the calendar, such as 2026-02-30: reported below
        }
        problem(quoted(word) + " in " + quoted(text) + " is not a date; write YYYY-MM-DD, e.g. " + example + ".");
        return null;
    }

    private Parsed unreadable() {
        String prefix = example.equals(ANY) ? "; write " : "; write e.g. ";
        return problem("Cannot read " + quoted(text) + " as a meeting time" + prefix + example + ".");
    }

    private Parsed problem(String message) {
        problems.add(message);
        valid = false;
        return null;
    }
}
