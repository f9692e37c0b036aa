package dev.signpost.leancoffee.rules;

import dev.signpost.people.KnownNames;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LeanCoffeeSessionDraftTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** 2025-03-04 13:00 in Berlin. */
    private static final Instant NOW = Instant.parse("2025-03-04T12:00:00Z");
    private static final Set<String> SIGS = Set.of("testing", "developer-experience");
    private static final KnownNames PEOPLE = new KnownNames(java.util.List.of(new KnownNames.Known("alex", "Alex Facilitator", java.util.List.of("qa")),
            new KnownNames.Known("sam", "Sam", java.util.List.of()),
            new KnownNames.Known("jürgen.o_neil+lc@example.com", "Jürgen", java.util.List.of())), new java.util.TreeSet<>(Set.of("qa")));

    private static SessionDraft draft(String title, String date, String time, String votes, String timebox, String facilitator,
            String sig) {
        return new SessionDraft(title, date, time, votes, timebox, false, true, facilitator, sig, Map.of());
    }

    private static SessionDraft checked(SessionDraft draft) {
        return draft.checked(NOW, BERLIN, SIGS, "sam", PEOPLE);
    }

    private static SessionDraft valid() {
        return draft("March Lean Coffee", "2025-03-10", "14:30", "5", "10", "alex", "testing");
    }

    @Test
    void shouldAcceptAFullyTypedSession() {
        SessionDraft d = checked(valid());
        assertTrue(d.valid(), d.errors().toString());
        assertEquals(ZonedDateTime.of(2025, 3, 10, 14, 30, 0, 0, BERLIN), d.startsAt(BERLIN));
        assertEquals(5, d.votesEach());
        assertEquals(Duration.ofMinutes(10), d.timeboxLength());
        assertEquals("alex", d.facilitator());
        assertTrue(d.hiddenVotes());
        assertFalse(d.anonymous());
    }

    @Test
    void shouldFillDefaultsForEmptyNumbersAndFacilitator() {
        SessionDraft d = checked(draft("March Lean Coffee", "2025-03-10", "14:30", " ", "", "", "testing"));
        assertTrue(d.valid(), d.errors().toString());
        assertEquals("3", d.votes());
        assertEquals("7", d.timebox());
        assertEquals("sam", d.facilitator());
    }

    @Test
    void shouldOfferDefaultsStartingNextWholeHour() {
        SessionDraft d = SessionDraft.blank("sam", "testing", ZonedDateTime.of(2025, 3, 4, 13, 20, 0, 0, BERLIN));
        assertEquals("2025-03-04", d.date());
        assertEquals("14:00", d.time());
        assertEquals("3", d.votes());
        assertEquals("7", d.timebox());
        assertEquals("sam", d.facilitator());
        assertEquals(Set.of("title"), checked(d).errors().keySet());
    }

    @Test
    void shouldCheckTitleLength() {
        assertEquals("Give the session a title of at least 3 characters.",
                checked(draft("  ab ", "2025-03-10", "14:30", "3", "7", "", "testing")).error("title"));
        assertTrue(checked(draft("abc", "2025-03-10", "14:30", "3", "7", "", "testing")).valid());
        assertTrue(checked(draft("x".repeat(120), "2025-03-10", "14:30", "3", "7", "", "testing")).valid());
        assertEquals("The title has 121 characters; the limit is 120.",
                checked(draft("x".repeat(121), "2025-03-10", "14:30", "3", "7", "", "testing")).error("title"));
        assertTrue(checked(draft("two\nlines", "2025-03-10", "14:30", "3", "7", "", "testing")).hasError("title"));
    }

    @Test
    void shouldAcceptVotesFrom1To20() {
        for (String ok : new String[] {"1", "20", "03"}) {
            assertTrue(checked(draft("Title", "2025-03-10", "14:30", ok, "7", "", "testing")).valid(), ok);
        }
        for (String bad : new String[] {"0", "21", "-1", "+3", "2.5", "three", "99999999999"}) {
            SessionDraft d = checked(draft("Title", "2025-03-10", "14:30", bad, "7", "", "testing"));
            assertEquals("Dots per participant must be a whole number from 1 to 20, not \"" + bad + "\".", d.error("votes"), bad);
            assertEquals(bad, d.votes(), "what was typed is kept");
        }
    }

    @Test
    void shouldAcceptTimeboxFrom1To60() {
        assertTrue(checked(draft("Title", "2025-03-10", "14:30", "3", "1", "", "testing")).valid());
        assertTrue(checked(draft("Title", "2025-03-10", "14:30", "3", "60", "", "testing")).valid());
        assertTrue(checked(draft("Title", "2025-03-10", "14:30", "3", "0", "", "testing")).hasError("timebox"));
        assertTrue(checked(draft("Title", "2025-03-10", "14:30", "3", "61", "", "testing")).hasError("timebox"));
    }

    @Test
    void shouldRejectDatesAndTimesThatAreNot() {
        SessionDraft d = checked(draft("Title", "10/03/2025", "2:30pm", "3", "7", "", "testing"));
        assertEquals("\"10/03/2025\" is not a date; write it as YYYY-MM-DD.", d.error("date"));
        assertEquals("\"2:30pm\" is not a time; write it as HH:MM.", d.error("time"));
        assertEquals("10/03/2025", d.date());
        assertTrue(checked(draft("Title", "2025-02-30", "14:30", "3", "7", "", "testing")).hasError("date"));
        assertTrue(checked(draft("Title", "2025-03-10", "24:00", "3", "7", "", "testing")).hasError("time"));
        assertEquals("Choose the day the session starts.", checked(draft("Title", "", "14:30", "3", "7", "", "testing")).error("date"));
        assertEquals("Choose the time the session starts.", checked(draft("Title", "2025-03-10", "", "3", "7", "", "testing")).error("time"));
    }

    @Test
    void shouldAcceptStartUpToADayAgoInTheGivenZone() {
        // NOW is 13:00 in Berlin: 13:00 the day before is exactly a day ago.
        assertTrue(checked(draft("Title", "2025-03-03", "13:00", "3", "7", "", "testing")).valid());
        SessionDraft tooEarly = checked(draft("Title", "2025-03-03", "12:59", "3", "7", "", "testing"));
        assertEquals("The session would start more than a day ago; check the date.", tooEarly.error("date"));
        assertTrue(draft("Title", "2025-03-03", "12:59", "3", "7", "", "testing")
                .checked(NOW, ZoneId.of("UTC"), SIGS, "sam", PEOPLE).valid(), "12:59 UTC is less than a day before 12:00 UTC");
    }

    @Test
    void shouldCheckFacilitatorIsAUserName() {
        assertTrue(checked(draft("Title", "2025-03-10", "14:30", "3", "7", "jürgen.o'neil", "testing")).hasError("facilitator"));
        assertTrue(checked(draft("Title", "2025-03-10", "14:30", "3", "7", "<b>x</b>", "testing")).hasError("facilitator"));
        assertTrue(checked(draft("Title", "2025-03-10", "14:30", "3", "7", "a".repeat(101), "testing")).hasError("facilitator"));
        assertTrue(checked(draft("Title", "2025-03-10", "14:30", "3", "7", "jürgen.o_neil+lc@example.com", "testing")).valid());
    }

    @Test
    void shouldRequireAKnownSig() {
        assertEquals("There is no SIG \"nope\".", checked(draft("Title", "2025-03-10", "14:30", "3", "7", "", "nope")).error("sig"));
        assertEquals("Choose the SIG that holds the session.", checked(draft("Title", "2025-03-10", "14:30", "3", "7", "", "")).error("sig"));
    }

    @Test
    void shouldReportEveryProblemAndKeepWhatWasTyped() {
        SessionDraft d = checked(new SessionDraft(" x ", "yesterday", "noon", "lots", "forever", true, false, "a b", "nope", Map.of()));
        assertEquals(Set.of("title", "date", "time", "votes", "timebox", "facilitator", "sig"), d.errors().keySet());
        assertEquals("x", d.title());
        assertEquals("lots", d.votes());
        assertEquals("a b", d.facilitator());
        assertTrue(d.anonymous());
    }

    @Test
    void shouldRefuseToReadValuesThatDoNotParse() {
        SessionDraft d = draft("Title", "soon", "14:30", "lots", "7", "", "testing");
        assertThrows(IllegalStateException.class, () -> d.startsAt(BERLIN));
        assertThrows(IllegalStateException.class, d::votesEach);
    }

    @Test
    void shouldRefuseAFacilitatorNoOneKnowsNamingTheClosest() {
        SessionDraft d = checked(draft("Title", "2025-03-10", "14:30", "3", "7", "aelx", "testing"));
        assertEquals("No one called 'aelx' — did you mean alex?", d.error("facilitator"));
        assertEquals("aelx", d.facilitator(), "what was typed is kept");
    }

    @Test
    void shouldRefuseATeamAsFacilitatorButAcceptTheCreatorAndKnownPeopleInAnyCase() {
        assertTrue(checked(draft("Title", "2025-03-10", "14:30", "3", "7", "qa", "testing")).hasError("facilitator"),
                "a team cannot run a session");
        assertEquals("alex", checked(draft("Title", "2025-03-10", "14:30", "3", "7", "ALEX", "testing")).facilitator());
        SessionDraft byCreator = draft("Title", "2025-03-10", "14:30", "3", "7", "Newcomer", "testing")
                .checked(NOW, BERLIN, SIGS, "newcomer", PEOPLE);
        assertTrue(byCreator.valid(), "the person creating the session is someone, even before the directory lists them");
        assertEquals("newcomer", byCreator.facilitator());
    }
}
