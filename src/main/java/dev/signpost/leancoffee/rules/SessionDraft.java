package dev.signpost.leancoffee.rules;

import dev.signpost.people.KnownNames;
import dev.signpost.web.FormErrors;
import dev.signpost.web.forms.Chars;
import dev.signpost.web.forms.FormCheck;
import dev.signpost.web.forms.OneLine;
import dev.signpost.web.forms.UserName;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A session's settings as typed into the form, and what is wrong with them; kept whole when refused. An empty number
 * of dots, timebox or facilitator means the default (3 dots, 7 minutes, the person creating the session).
 *
 * @param date        the day it starts, {@code YYYY-MM-DD}
 * @param time        the time it starts, {@code HH:MM}, in the zone given to {@link #checked}
 * @param votes       dots per participant, 1 to 20
 * @param timebox     minutes per topic, 1 to 60
 * @param anonymous   whether topics are shown without who proposed them
 * @param hiddenVotes whether the totals stay hidden until voting ends ({@link VoteVisibility})
 * @param sig         the slug of the SIG that holds it
 */
public record SessionDraft(
        @Chars(min = SessionDraft.TITLE_MIN, max = SessionDraft.TITLE_LENGTH, tooShort = "Give the session a title of at least {min} characters.",
                message = "The title has {length} characters; the limit is {max}.")
        @OneLine(message = "The title must be one line of plain text.")
        String title,
        String date, String time, String votes, String timebox, boolean anonymous, boolean hiddenVotes,
        @UserName(required = "\"\" is not a user name; user names have letters, digits and . _ @ + - only.")
        String facilitator,
        String sig, Map<String, String> errors) implements FormErrors {

    public static final int TITLE_MIN = 3;
    public static final int TITLE_LENGTH = 120;
    public static final int VOTES_MAX = 20;
    public static final int VOTES_DEFAULT = 3;
    public static final int TIMEBOX_MAX = 60;
    public static final int TIMEBOX_DEFAULT = 7;

    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");

    public SessionDraft {
        title = title == null ? "" : title.strip();
        date = date == null ? "" : date.strip();
        time = time == null ? "" : time.strip();
        votes = votes == null ? "" : votes.strip();
        timebox = timebox == null ? "" : timebox.strip();
        facilitator = facilitator == null ? "" : facilitator.strip();
        sig = sig == null ? "" : sig.strip();
        errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    /** The form for a new session: the defaults, starting at the next whole hour, run by {@code creator}. */
    public static SessionDraft blank(String creator, String sig, ZonedDateTime now) {
        return startingAt(creator, sig, now.truncatedTo(ChronoUnit.HOURS).plusHours(1));
    }

    /** The form for a new session with the defaults, starting at {@code start} (the SIG's next meeting). */
    public static SessionDraft startingAt(String creator, String sig, ZonedDateTime start) {
        return new SessionDraft("", start.toLocalDate().toString(), start.toLocalTime().toString(),
                String.valueOf(VOTES_DEFAULT), String.valueOf(TIMEBOX_DEFAULT), false, false, creator, sig, Map.of());
    }

    /**
     * This draft, with the defaults filled in, and every problem found, by field name.
     *
     * @param now     a session may start at most a day before this
     * @param zone    the zone the date and time are in
     * @param sigs    the SIGs' slugs
     * @param creator who is creating the session: the facilitator when none is named
     * @param people  the people a facilitator may be (the creator always may)
     */
    public SessionDraft checked(Instant now, ZoneId zone, Set<String> sigs, String creator, KnownNames people) {
        String votesOrDefault = votes.isEmpty() ? String.valueOf(VOTES_DEFAULT) : votes;
        String timeboxOrDefault = timebox.isEmpty() ? String.valueOf(TIMEBOX_DEFAULT) : timebox;
        String facilitatorOrCreator = (facilitator.isEmpty() || facilitator.equalsIgnoreCase(String.valueOf(creator).strip()))
                && creator != null ? creator.strip() : facilitator;
        SessionDraft withDefaults = new SessionDraft(title, date, time, votesOrDefault, timeboxOrDefault, anonymous, hiddenVotes,
                facilitatorOrCreator, sig, Map.of());
        Map<String, String> found = new LinkedHashMap<>(FormCheck.problems(withDefaults));
        if (!found.containsKey("facilitator") && !facilitatorOrCreator.equals(creator == null ? null : creator.strip())) {
            KnownNames.Resolution resolved = people.peopleOnly().resolve(facilitatorOrCreator);
            facilitatorOrCreator = resolved.name();
            if (!resolved.accepted()) {
                found.put("facilitator", resolved.problem());
            }
        }
        Optional<LocalDate> day = parse(date, LocalDate::parse);
        Optional<LocalTime> at = parse(time, LocalTime::parse);
        if (day.isEmpty()) {
            found.put("date", date.isEmpty() ? "Choose the day the session starts." : "\"" + date + "\" is not a date; write it as YYYY-MM-DD.");
        }
        if (at.isEmpty()) {
            found.put("time", time.isEmpty() ? "Choose the time the session starts." : "\"" + time + "\" is not a time; write it as HH:MM.");
        }
        if (day.isPresent() && at.isPresent() && ZonedDateTime.of(day.get(), at.get(), zone).toInstant().isBefore(now.minus(Duration.ofDays(1)))) {
            found.put("date", "The session would start more than a day ago; check the date.");
        }
        range(votesOrDefault, VOTES_MAX, "votes", "Dots per participant", found);
        range(timeboxOrDefault, TIMEBOX_MAX, "timebox", "The timebox in minutes", found);
        if (!sigs.contains(sig)) {
            found.put("sig", sig.isEmpty() ? "Choose the SIG that holds the session." : "There is no SIG \"" + sig + "\".");
        }
        return new SessionDraft(title, date, time, votesOrDefault, timeboxOrDefault, anonymous, hiddenVotes,
                facilitatorOrCreator, sig, found);
    }

    /** When the session starts, in {@code zone}. */
    public ZonedDateTime startsAt(ZoneId zone) {
        return ZonedDateTime.of(parse(date, LocalDate::parse).orElseThrow(() -> notChecked("date")),
                parse(time, LocalTime::parse).orElseThrow(() -> notChecked("time")), zone);
    }

    /** Dots per participant; valid once {@link #checked} found no problem. */
    public int votesEach() {
        return number(votes).orElseThrow(() -> notChecked("votes"));
    }

    /** The timebox per topic; valid once {@link #checked} found no problem. */
    public Duration timeboxLength() {
        return Duration.ofMinutes(number(timebox).orElseThrow(() -> notChecked("timebox")));
    }

    private static void range(String typed, int max, String field, String what, Map<String, String> found) {
        Optional<Integer> n = number(typed);
        if (n.isEmpty() || n.get() < 1 || n.get() > max) {
            found.put(field, what + " must be a whole number from 1 to " + max + ", not \"" + typed + "\".");
        }
    }

    private static Optional<Integer> number(String typed) {
        return NUMBER.matcher(typed).matches() ? Optional.of(Integer.parseInt(typed)) : Optional.empty();
    }

    private static <T> Optional<T> parse(String typed, java.util.function.Function<String, T> parser) {
        try {
            return typed.isEmpty() ? Optional.empty() : Optional.of(parser.apply(typed));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static IllegalStateException notChecked(String field) {
        return new IllegalStateException("The " + field + " was not checked: call checked(...) and use a valid draft");
    }
}
