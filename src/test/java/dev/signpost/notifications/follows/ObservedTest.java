package dev.signpost.notifications.follows;

import dev.signpost.notifications.Kind;
import dev.signpost.notifications.NewMessage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pure rule that decides whether a subject as seen now is news against what was recorded. */
class ObservedTest {

    private static final Instant T1 = Instant.parse("2026-11-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-02T10:00:00Z");

    @Test
    void shouldBeFirstWhenNothingWasRecorded() {
        assertEquals(Observed.Change.FIRST, new Observed("jenkins", "hold", T1).against(null, null));
    }

    @Test
    void shouldBeTheSameWhateverTheTimesWhenTheStateIsTheSame() {
        assertEquals(Observed.Change.SAME, new Observed("jenkins", "hold", T2).against("hold", T1));
        assertEquals(Observed.Change.SAME, new Observed("jenkins", "hold", T1).against("hold", T2));
    }

    @Test
    void shouldBeAChangeWhenAnotherStateIsSeenInNewerContent() {
        assertEquals(Observed.Change.CHANGED, new Observed("jenkins", "hold", T2).against("supported", T1));
    }

    @Test
    void shouldBeAChangeWhenTheTimesAreEqualSinceOneVersionOfAFileHasOneState() {
        assertEquals(Observed.Change.CHANGED, new Observed("move", "at-risk", T1).against("on-track", T1));
    }

    @Test
    void shouldBeStaleWhenAnInstanceThatHasNotCaughtUpSeesTheOldState() {
        assertEquals(Observed.Change.STALE, new Observed("jenkins", "supported", T1).against("hold", T2),
                "an instance still serving yesterday's content must not announce the change back");
    }

    @Test
    void shouldCountInMillisecondsAsTheDatabaseKeepsThem() {
        Instant withNanos = T1.plusNanos(123_456_789);
        Observed observed = new Observed("jenkins", "hold", withNanos);
        assertEquals(T1.plusMillis(123), observed.asOf());
        assertEquals(Observed.Change.CHANGED, observed.against("supported", T1.plusMillis(123)));
    }

    @Test
    void shouldKeepAShortCauseAndShortenALongOneToAPrefixAndAHash() {
        Announcement shortOne = new Announcement(Kind.TOOL_RING, "tool-ring:jenkins:supported->hold:1", "t", "", "/tools/jenkins", Set.of(), List.of());
        assertEquals("tool-ring:jenkins:supported->hold:1", shortOne.cause());

        String slug = "x".repeat(190);
        Announcement a = new Announcement(Kind.TOOL_RING, "tool-ring:" + slug + ":supported->hold:1", "t", "", "/tools/x", Set.of(), List.of());
        Announcement b = new Announcement(Kind.TOOL_RING, "tool-ring:" + slug + ":supported->hold:2", "t", "", "/tools/x", Set.of(), List.of());
        assertTrue(a.cause().length() <= Announcement.CAUSE_LENGTH, a.cause());
        assertTrue(!a.cause().equals(b.cause()), "two changes of one long-named subject keep two causes");
        NewMessage message = a.to("a-person-with-a-name-of-the-longest-length-" + "y".repeat(57), Kind.FOLLOWED_CHANGED);
        assertTrue(message.keyOn("portal").endsWith(":portal"), "recipient and channel stay in the outbox key: " + message.keyOn("portal"));
    }
}
