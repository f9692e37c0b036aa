package dev.signpost.leancoffee.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LeanCoffeeTimeboxTest {

    private static final Instant START = Instant.parse("2025-03-04T10:00:00Z");
    private static final Timebox SEVEN = Timebox.start(START, Duration.ofMinutes(7));

    @Test
    void shouldEndLengthAfterStart() {
        assertEquals(Instant.parse("2025-03-04T10:07:00Z"), SEVEN.endsAt());
        assertEquals(1, SEVEN.round());
    }

    @Test
    void shouldCountDownRemainingTime() {
        assertEquals(Duration.ofMinutes(7), SEVEN.remaining(START));
        assertEquals(Duration.ofSeconds(150), SEVEN.remaining(START.plusSeconds(270)));
        assertEquals(Duration.ofMillis(1), SEVEN.remaining(SEVEN.endsAt().minusMillis(1)));
    }

    @Test
    void shouldNeverHaveNegativeRemainingTime() {
        assertEquals(Duration.ZERO, SEVEN.remaining(SEVEN.endsAt()));
        assertEquals(Duration.ZERO, SEVEN.remaining(START.plusSeconds(3600)));
    }

    @Test
    void shouldCountFullBoxWhenClockIsBeforeStart() {
        assertEquals(Duration.ofMinutes(8), SEVEN.remaining(START.minusSeconds(60)));
    }

    @Test
    void shouldExpireAtExactlyEndsAt() {
        assertFalse(SEVEN.expired(SEVEN.endsAt().minusNanos(1)));
        assertTrue(SEVEN.expired(SEVEN.endsAt()));
        assertTrue(SEVEN.expired(SEVEN.endsAt().plusSeconds(1)));
        assertFalse(SEVEN.expired(START));
    }

    @ParameterizedTest(name = "half of {0}s is {1} min")
    @CsvSource({"420, 4", "600, 5", "60, 1", "30, 1", "90, 1", "121, 2", "3600, 30", "3599, 30", "181, 2"})
    void shouldExtendByHalfRoundedUpToAWholeMinute(long seconds, long minutes) {
        Instant later = START.plusSeconds(seconds + 20);
        Timebox box = Timebox.start(START, Duration.ofSeconds(seconds)).extendBy(later);
        assertEquals(Duration.ofMinutes(minutes), box.length());
    }

    @Test
    void shouldStartExtensionNowAsTheNextRound() {
        Instant now = START.plusSeconds(7 * 60 + 45);
        Timebox second = SEVEN.extendBy(now);
        assertEquals(now, second.startedAt());
        assertEquals(2, second.round());
        assertEquals(now.plusSeconds(4 * 60), second.endsAt());
        Timebox third = second.extendBy(second.endsAt());
        assertEquals(3, third.round());
        assertEquals(Duration.ofMinutes(2), third.length());
        Timebox fourth = third.extendBy(third.endsAt());
        assertEquals(Duration.ofMinutes(1), fourth.length());
        assertEquals(Duration.ofMinutes(1), fourth.extendBy(fourth.endsAt()).length());
    }

    @Test
    void shouldExtendByAnExplicitLength() {
        Instant now = SEVEN.endsAt();
        Timebox box = SEVEN.extendBy(now, Duration.ofMinutes(10));
        assertEquals(Duration.ofMinutes(10), box.length());
        assertEquals(2, box.round());
        assertEquals(now, box.startedAt());
    }

    @Test
    void shouldRefuseEmptyNegativeOrOverlongBoxes() {
        assertThrows(IllegalArgumentException.class, () -> SEVEN.extendBy(START, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> SEVEN.extendBy(START, Duration.ofMinutes(-1)));
        assertThrows(IllegalArgumentException.class, () -> SEVEN.extendBy(START, Duration.ofMinutes(61)));
        assertEquals(Duration.ofMinutes(60), SEVEN.extendBy(START, Duration.ofMinutes(60)).length());
        assertThrows(IllegalArgumentException.class, () -> new Timebox(START, Duration.ofMinutes(7), 0));
    }

    @Test
    void shouldShowRemainingAsMinutesAndSeconds() {
        assertEquals("7:00", Timebox.minutesAndSeconds(Duration.ofMinutes(7)));
        assertEquals("4:05", Timebox.minutesAndSeconds(Duration.ofSeconds(245)));
        assertEquals("0:01", Timebox.minutesAndSeconds(Duration.ofMillis(200)));
        assertEquals("0:00", Timebox.minutesAndSeconds(Duration.ZERO));
    }
}
