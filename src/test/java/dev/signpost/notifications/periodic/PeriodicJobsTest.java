package dev.signpost.notifications.periodic;

import dev.signpost.notifications.Kind;
import dev.signpost.notifications.NewMessage;
import dev.signpost.notifications.Outbox;
import dev.signpost.notifications.Queued;
import dev.signpost.notifications.Slots;
import dev.signpost.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Periodic messages: a job runs for the latest slot that has begun (07:00 in the portal's zone, UTC in tests; Mondays
 * for the weekly one), each slot's messages are stored once however often it runs, and a job that fails leaves nothing.
 */
@QuarkusTest
@Tag("database")
class PeriodicJobsTest {

    @Inject
    PeriodicJobs jobs;
    @Inject
    Outbox outbox;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    /** A job that records the days it was run for and queues one message for {@code person} named after the day. */
    private PeriodicMessages recording(PeriodicMessages.Every every, String person, List<LocalDate> days) {
        return new PeriodicMessages() {
            @Override
            public Every every() {
                return every;
            }

            @Override
            public void queue(LocalDate day, Slots slots) {
                days.add(day);
                outbox.queue(new NewMessage(Kind.DIGEST.code(), person, "Periodic message of " + day.format(java.time.format.DateTimeFormatter.ofPattern("d MMM uuuu", java.util.Locale.ROOT)), "Body", "/notifications",
                        "periodic-test:" + person + ":" + day));
            }
        };
    }

    @Test
    void shouldRunADailyJobForTheLatestSlotThatHasBegun() {
        String person = Queued.uniqueName("daily");
        List<LocalDate> days = new ArrayList<>();
        PeriodicMessages job = recording(PeriodicMessages.Every.DAY, person, days);
        Queued.clockAt("2026-12-02T06:59:59Z");
        jobs.run(job);
        Queued.clockAt("2026-12-02T07:00:00Z");
        jobs.run(job);
        Queued.clockAt("2026-12-02T23:59:00Z");
        jobs.run(job);
        assertEquals(List.of(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-02"), LocalDate.parse("2026-12-02")), days);
        assertEquals(List.of("periodic-test:" + person + ":2026-12-01:" + person + ":portal",
                "periodic-test:" + person + ":2026-12-02:" + person + ":portal"),
                Queued.rows("periodic-test:" + person + ":").stream().map(m -> m.idempotencyKey).sorted().toList(),
                "one message a slot, however many runs");
    }

    @Test
    void shouldRunAWeeklyJobForTheLatestMondaySlot() {
        List<LocalDate> days = new ArrayList<>();
        PeriodicMessages job = recording(PeriodicMessages.Every.WEEK, Queued.uniqueName("weekly"), days);
        Queued.clockAt("2026-11-30T06:00:00Z");
        jobs.run(job);
        Queued.clockAt("2026-11-30T07:00:00Z");
        jobs.run(job);
        Queued.clockAt("2026-12-06T22:00:00Z");
        jobs.run(job);
        assertEquals(List.of(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-30"), LocalDate.parse("2026-11-30")), days);
    }

    @Test
    void shouldLeaveNoMessageWhenAJobFails() {
        String person = Queued.uniqueName("failing");
        PeriodicMessages failing = new PeriodicMessages() {
            @Override
            public Every every() {
                return Every.DAY;
            }

            @Override
            public void queue(LocalDate day, Slots slots) {
                outbox.queue(new NewMessage(Kind.DIGEST.code(), person, "Half done", "Body", "/notifications", "periodic-test:" + person));
                throw new IllegalStateException("the job broke half way");
            }
        };
        assertThrows(IllegalStateException.class, () -> jobs.run(failing));
        assertEquals(List.of(), Queued.rows("periodic-test:" + person), "what it queued before failing rolled back");
    }
}
