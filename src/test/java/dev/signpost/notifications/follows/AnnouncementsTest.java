package dev.signpost.notifications.follows;

import dev.signpost.notifications.Kind;
import dev.signpost.notifications.OutboxMessage;
import dev.signpost.notifications.OutboxStatus;
import dev.signpost.TestClock;
import dev.signpost.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generic part of change announcements, with a made-up kind of subject: recorded silently at first sight, a change
 * queued once for the SIGs' channels and each follower in one transaction, nothing from an instance that has not caught
 * up or that lost the race, and a failing announcer that leaves the change to the next comparison.
 */
@QuarkusTest
@Tag("database")
class AnnouncementsTest {

    private static final String TYPE = "test-subject";
    private static final Instant T1 = Instant.parse("2026-11-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-02T10:00:00Z");

    @Inject
    Announcements announcements;
    @Inject
    Follows follows;

    /** Says "<key> is now <state>" to code-deployment (named), testing-quality (by its tag) and a SIG that does not exist. */
    private static Optional<Announcement> say(String was, Observed now) {
        return Optional.of(new Announcement(Kind.TOOL_RING, "test:" + now.key() + ":" + was + "->" + now.state() + ":" + now.asOf().toEpochMilli(),
                now.key() + " is now " + now.state(), "It was " + was + ".", "/tools/" + now.key(), Set.of("code-deployment", "no-such-sig"),
                List.of("ci", "testing-quality-sig")));
    }

    private static List<OutboxMessage> rows(String key) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>list("link = ?1 order by channel, recipient", "/tools/" + key));
    }

    private static AnnouncedState recorded(String key) {
        return QuarkusTransaction.requiringNew().call(() -> AnnouncedState.findById(new AnnouncedState.Key(TYPE, key)));
    }

    private static String key() {
        return "subject-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void shouldRecordASubjectSeenForTheFirstTimeWithoutAnnouncingIt() {
        String key = key();
        assertEquals(new Announcements.Outcome(1, 0, 0), announcements.announce(TYPE, List.of(new Observed(key, "supported", T1)), AnnouncementsTest::say));
        AnnouncedState state = recorded(key);
        assertEquals("supported", state.state);
        assertEquals(T1, state.asOf);
        assertEquals(TestClock.NOW, state.changedAt);
        assertEquals(List.of(), rows(key));
    }

    @Test
    void shouldAnnounceAChangeOnceToEachSigAndEachFollower() {
        String key = key();
        WebSession.signIn("sam");
        WebSession.signIn("alice");
        announcements.announce(TYPE, List.of(new Observed(key, "supported", T1)), AnnouncementsTest::say);
        follows.follow("sam", TYPE, key);
        follows.follow("alice", TYPE, key);
        follows.follow("maya", TYPE, "someone-else");

        Observed hold = new Observed(key, "hold", T2);
        assertEquals(new Announcements.Outcome(0, 1, 1), announcements.announce(TYPE, List.of(hold), AnnouncementsTest::say));
        List<OutboxMessage> rows = rows(key);
        assertEquals(List.of("chat:code-deployment", "chat:testing-quality", "email:alice", "email:sam", "portal:alice", "portal:sam"),
                rows.stream().map(r -> r.channel + ":" + r.recipient).toList(), "the SIG that does not exist hears nothing");
        OutboxMessage chat = rows.get(0);
        assertEquals("tool-ring", chat.kind);
        assertEquals(key + " is now hold", chat.title);
        assertEquals("It was supported.", chat.body);
        assertEquals(OutboxStatus.PENDING, chat.status);
        assertEquals("test:" + key + ":supported->hold:" + T2.toEpochMilli() + ":code-deployment:chat", chat.idempotencyKey);
        OutboxMessage portal = rows.get(5);
        assertEquals("followed-changed", portal.kind);
        assertEquals(OutboxStatus.PENDING, portal.status);
        assertEquals(OutboxStatus.HELD, rows.get(3).status, "followed changes are emailed in the daily digest unless chosen otherwise");
        assertEquals("hold", recorded(key).state);

        assertEquals(new Announcements.Outcome(0, 0, 0), announcements.announce(TYPE, List.of(hold), AnnouncementsTest::say),
                "another instance, or this one again, sees nothing new");
        assertEquals(6, rows(key).size());
    }

    @Test
    void shouldNotAnnounceTheOldStateBackFromAnInstanceThatHasNotCaughtUp() {
        String key = key();
        announcements.announce(TYPE, List.of(new Observed(key, "supported", T1)), AnnouncementsTest::say);
        announcements.announce(TYPE, List.of(new Observed(key, "hold", T2)), AnnouncementsTest::say);
        int before = rows(key).size();

        assertEquals(new Announcements.Outcome(0, 0, 0), announcements.announce(TYPE, List.of(new Observed(key, "supported", T1)),
                AnnouncementsTest::say));
        assertEquals("hold", recorded(key).state);
        assertEquals(before, rows(key).size());

        Observed back = new Observed(key, "supported", T2.plus(Duration.ofDays(1)));
        assertEquals(new Announcements.Outcome(0, 1, 1), announcements.announce(TYPE, List.of(back), AnnouncementsTest::say),
                "moving back later is news again");
        assertTrue(rows(key).stream().anyMatch(r -> r.title.equals(key + " is now supported")));
    }

    @Test
    void shouldQueueNothingWhenAnotherInstanceMovedTheStateFirst() {
        String key = key();
        announcements.announce(TYPE, List.of(new Observed(key, "supported", T1)), AnnouncementsTest::say);
        AnnouncedState readBeforeTheOtherInstance = recorded(key);
        Observed hold = new Observed(key, "hold", T2);
        assertEquals(new Announcements.Outcome(0, 1, 1), announcements.announce(TYPE, List.of(hold), AnnouncementsTest::say));

        boolean moved = QuarkusTransaction.requiringNew().call(() -> AnnouncedState.advance(TYPE, key, readBeforeTheOtherInstance, hold, T2));
        assertFalse(moved, "the conditional update of the slower instance matches nothing");
    }

    @Test
    void shouldStoreEachMessageOnceWhenTheSameChangeIsAnnouncedAgain() {
        String key = key();
        WebSession.signIn("sam");
        announcements.announce(TYPE, List.of(new Observed(key, "supported", T1)), AnnouncementsTest::say);
        follows.follow("sam", TYPE, key);
        Observed hold = new Observed(key, "hold", T2);
        announcements.announce(TYPE, List.of(hold), AnnouncementsTest::say);
        int before = rows(key).size();
        // An instance whose state row was rolled back by hand (or restored from a backup) announces the same change again.
        QuarkusTransaction.requiringNew().run(() -> AnnouncedState.update("state = 'supported', asOf = ?1 where key.subjectKey = ?2", T1, key));

        assertEquals(new Announcements.Outcome(0, 1, 1), announcements.announce(TYPE, List.of(hold), AnnouncementsTest::say));
        assertEquals(before, rows(key).size(), "the outbox's idempotency keys keep one row per recipient and channel");
    }

    @Test
    void shouldLeaveAChangeForTheNextComparisonWhenTheAnnouncerFails() {
        String key = key();
        announcements.announce(TYPE, List.of(new Observed(key, "supported", T1)), AnnouncementsTest::say);
        Observed hold = new Observed(key, "hold", T2);
        assertEquals(new Announcements.Outcome(0, 0, 0), announcements.announce(TYPE, List.of(hold), (was, now) -> {
            throw new IllegalStateException("a bug in a feature");
        }));
        assertEquals("supported", recorded(key).state, "nothing recorded, nothing lost");
        assertEquals(new Announcements.Outcome(0, 1, 1), announcements.announce(TYPE, List.of(hold), AnnouncementsTest::say));
    }

    @Test
    void shouldRecordSilentlyAChangeTheFeatureDoesNotAnnounce() {
        String key = key();
        announcements.announce(TYPE, List.of(new Observed(key, "at-risk", T1)), AnnouncementsTest::say);
        assertEquals(new Announcements.Outcome(0, 1, 0), announcements.announce(TYPE, List.of(new Observed(key, "on-track", T2)),
                (was, now) -> Optional.empty()));
        assertEquals("on-track", recorded(key).state);
        assertEquals(List.of(), rows(key));
    }

    @Test
    void shouldRunTheLatestComparisonOfATypeOnItsOwnThread() throws InterruptedException {
        CountDownLatch blocked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger ran = new AtomicInteger();
        announcements.later("test-busy", () -> {
            blocked.countDown();
            await(release);
        });
        assertTrue(blocked.await(10, TimeUnit.SECONDS));
        announcements.later("test-coalesced", () -> ran.addAndGet(1));
        announcements.later("test-coalesced", () -> ran.addAndGet(10));
        announcements.later("test-coalesced", () -> ran.addAndGet(100));
        CountDownLatch done = new CountDownLatch(1);
        announcements.later("test-barrier", done::countDown);
        release.countDown();
        assertTrue(done.await(10, TimeUnit.SECONDS));
        assertEquals(100, ran.get(), "only the newest of the waiting comparisons ran");
    }

    @Test
    void shouldTryAComparisonAgainWhenTheDatabaseCouldNotBeRead() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch second = new CountDownLatch(1);
        announcements.later("test-unavailable", () -> {
            if (runs.incrementAndGet() == 1) {
                throw new Announcements.Unavailable(new IllegalStateException("the database went away"));
            }
            second.countDown();
        });
        assertTrue(second.await(20, TimeUnit.SECONDS), "tried again after the migration retry interval");
        assertEquals(2, runs.get());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
