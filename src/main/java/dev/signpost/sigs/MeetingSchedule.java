package dev.signpost.sigs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * When a SIG meets, as its front matter writes it in {@code when} and {@code tz} (see {@link WhenSyntax} for the
 * formats), and the occurrences that follow from it.
 *
 * <p>Occurrences are local times in the zone: a weekly 15:00 meeting in Europe/Berlin stays at 15:00 Berlin time when
 * daylight saving time starts or ends, so its instant moves by an hour. A local time that a spring-forward day skips
 * resolves as {@link ZonedDateTime#of} does, later by the length of the gap (02:30 becomes 03:30); a time that an
 * autumn day has twice takes the earlier offset, again as {@code ZonedDateTime.of} does.
 *
 * <p>Occurrences fall in the years 0000 to 9999, those a four-digit date can name; {@link #next} and {@link #between}
 * find none outside them, whatever instants they are given.
 */
public final class MeetingSchedule {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final LocalDate FIRST_DAY = LocalDate.of(0, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
    /** Past this, even the furthest-east zone has left {@link #LAST_DAY}. */
    private static final Instant AFTER_LAST_DAY = LAST_DAY.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant BEFORE_FIRST_DAY = FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Recurrence recurrence;
    private final LocalTime time;
    private final ZoneId zone;

    private MeetingSchedule(Recurrence recurrence, LocalTime time, ZoneId zone) {
        this.recurrence = recurrence;
        this.time = time;
        this.zone = zone;
    }

    /** Reads a meeting's when and tz; empty with a person-readable reason added to problems when it cannot. */
    public static Optional<MeetingSchedule> parse(String when, String tz, List<String> problems) {
        Objects.requireNonNull(problems, "problems");
        Optional<WhenSyntax.Parsed> parsed = WhenSyntax.parse(when, problems);
        Optional<ZoneId> zone = zone(tz, problems);
        if (parsed.isEmpty() || zone.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MeetingSchedule(parsed.get().recurrence(), parsed.get().time(), zone.get()));
    }

    /** The first occurrence at or after the instant, or empty when there is none (a single meeting in the past). */
    public Optional<ZonedDateTime> next(Instant from) {
        return occurrencesFrom(from).findFirst();
    }

    /** Occurrences within [from, until), in order, at most max. */
    public List<ZonedDateTime> between(Instant from, Instant until, int max) {
        Objects.requireNonNull(until, "until");
        if (max < 0) {
            throw new IllegalArgumentException("max must not be negative, was " + max);
        }
        return occurrencesFrom(from).takeWhile(at -> at.toInstant().isBefore(until)).limit(max).toList();
    }

    /** How a person reads the rule, e.g. "Every Tuesday at 15:00 (Europe/Berlin)". */
    public String describe() {
        return recurrence.describe() + " at " + TIME.format(time) + " (" + zone.getId() + ")";
    }

    public boolean recurring() {
        return !(recurrence instanceof Recurrence.Once);
    }

    @Override
    public String toString() {
        return describe();
    }

    private Stream<ZonedDateTime> occurrencesFrom(Instant from) {
        Objects.requireNonNull(from, "from");
        if (from.isAfter(AFTER_LAST_DAY)) {
            return Stream.empty();
        }
        // Two days early: a gap (Pacific/Apia skipped a whole day) can move an occurrence past its local date.
        LocalDate searchFrom = from.isBefore(BEFORE_FIRST_DAY) ? FIRST_DAY : LocalDate.ofInstant(from, zone).minusDays(2);
        return recurrence.firstOnOrAfter(searchFrom.isBefore(FIRST_DAY) ? FIRST_DAY : searchFrom).stream()
                .flatMap(first -> Stream.iterate(first, day -> day != null && !day.isAfter(LAST_DAY),
                        day -> recurrence.after(day).orElse(null)))
                .map(day -> ZonedDateTime.of(day, time, zone))
                .dropWhile(at -> at.toInstant().isBefore(from));
    }

    /** Absent or blank is UTC; otherwise a region id, in any case, but no fixed offset that would ignore summer time. */
    private static Optional<ZoneId> zone(String tz, List<String> problems) {
        if (tz == null || tz.isBlank()) {
            return Optional.of(UTC);
        }
        String wanted = tz.strip();
        Optional<ZoneId> zone = ZoneId.getAvailableZoneIds().stream()
                .filter(id -> id.equalsIgnoreCase(wanted))
                .findFirst()
                .map(ZoneId::of);
        if (zone.isEmpty()) {
            problems.add("Unknown time zone " + WhenSyntax.quoted(wanted) + "; use an IANA zone such as Europe/Berlin.");
        }
        return zone;
    }
}
