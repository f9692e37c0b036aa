package dev.signpost.notifications.email;

import dev.signpost.TestClock;
import dev.signpost.notifications.Cadence;
import dev.signpost.notifications.Dispatcher;
import dev.signpost.notifications.Kind;
import dev.signpost.notifications.NewMessage;
import dev.signpost.notifications.Outbox;
import dev.signpost.notifications.OutboxMessage;
import dev.signpost.notifications.Queued;
import dev.signpost.notifications.OutboxStatus;
import dev.signpost.notifications.inbox.PortalChannel;
import dev.signpost.notifications.Preferences;
import dev.signpost.people.Person;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The daily digest: emails held for a person who chose the digest wait for the next daily slot (07:00 in the test
 * zone, UTC), then go as one email, also when two instances make digests at the same moment; emails held after the
 * slot began wait for the next day's.
 */
@QuarkusTest
@Tag("database")
class DigestsTest {

    /** The shared server (never stopped while tests run); each test starts with no mail. */
    static final com.icegreen.greenmail.util.GreenMail SMTP = SharedSmtp.server();

    @Inject
    Digests digests;
    @Inject
    Outbox outbox;
    @Inject
    Preferences preferences;
    @Inject
    Dispatcher dispatcher;
    @Inject
    PortalAddress portal;
    @Inject
    Unsubscribe unsubscribe;

    @BeforeEach
    void setAsideOtherTestsMessages() throws Exception {
        Queued.setAsideOpen();
        SMTP.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    /** A person with an address of their own who gets assignments in the daily digest. */
    private String dailyReader() {
        String user = "digest-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> {
            Person person = new Person();
            person.username = user;
            person.displayName = user;
            person.teams = "";
            person.email = user + "@example.org";
            person.firstSeenAt = TestClock.NOW;
            person.lastSeenAt = TestClock.NOW;
            person.persist();
        });
        preferences.choose(user, Map.of(Kind.ACTION_ASSIGNED, Cadence.DAILY));
        return user;
    }

    private void assign(String user, String title, long item) {
        NewMessage message = new NewMessage(Kind.ACTION_ASSIGNED.code(), user, title, "sam assigned this action item to " + user + ".",
                "/actions/" + item, "digest-test:" + UUID.randomUUID());
        QuarkusTransaction.requiringNew().run(() -> outbox.queue(message));
    }

    private static List<OutboxMessage> rows(String user, String channel) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>list(
                "recipient = ?1 and channel = ?2 order by id", user, channel));
    }

    private static List<OutboxMessage> digestsOf(String user) {
        return rows(user, Outbox.EMAIL).stream().filter(m -> m.kind.equals(Kind.DIGEST.code())).toList();
    }

    private static List<OutboxMessage> heldOrDigested(String user) {
        return rows(user, Outbox.EMAIL).stream().filter(m -> !m.kind.equals(Kind.DIGEST.code())).toList();
    }

    @Test
    void shouldHoldTheEmailsUntilTheNextSlotThenSendOneDigest() throws Exception {
        String user = dailyReader();
        String first = "Fix the flaky pipeline " + UUID.randomUUID();
        String second = "Write the rollback runbook " + UUID.randomUUID();
        assign(user, first, 101);
        assign(user, second, 102);
        assertEquals(List.of(OutboxStatus.HELD, OutboxStatus.HELD), heldOrDigested(user).stream().map(m -> m.status).toList());
        assertEquals(2, rows(user, PortalChannel.NAME).size(), "the portal tells them at once");

        digests.run();
        assertEquals(List.of(), digestsOf(user), "held at 12:00, after today's 07:00 slot: tomorrow's digest");

        TestClock.advance(Duration.ofHours(20)); // 29 November, 08:00
        String late = "Held after the slot " + UUID.randomUUID();
        assign(user, late, 103);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> instances = List.of(digests::run, digests::run);
            for (Future<Integer> run : pool.invokeAll(instances)) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        digests.run();

        List<OutboxMessage> made = digestsOf(user);
        assertEquals(1, made.size(), "one digest, however many runs");
        OutboxMessage digest = made.get(0);
        assertEquals("digest:" + user + ":2026-11-29:" + user + ":email", digest.idempotencyKey);
        assertEquals(OutboxStatus.PENDING, digest.status);
        assertEquals("Your Signpost digest: 2 notifications", digest.title);
        assertEquals("/notifications", digest.link);
        assertTrue(digest.body.contains(first + "\nsam assigned this action item to " + user + ".\n" + portal.absolute("/actions/101")), digest.body);
        assertTrue(digest.body.contains(second), digest.body);
        assertTrue(!digest.body.contains(late), "the email held after the slot waits");
        assertEquals(List.of(OutboxStatus.DIGESTED, OutboxStatus.DIGESTED, OutboxStatus.HELD),
                heldOrDigested(user).stream().map(m -> m.status).toList());

        while (dispatcher.dispatch() > 0) {
            // other tests' messages may be due too
        }
        List<ReceivedMail> mails = ReceivedMail.withSubject(SMTP.getReceivedMessages(), digest.title).stream()
                .filter(m -> m.to().equals(List.of(user + "@example.org"))).toList();
        assertEquals(1, mails.size());
        ReceivedMail mail = mails.get(0);
        assertEquals(List.of("<" + unsubscribe.url(user, Kind.DIGEST) + ">"), mail.header("List-Unsubscribe"));
        Document html = Jsoup.parse(mail.html());
        assertTrue(html.select("p a:not(.open, .preferences, .unsubscribe)").eachAttr("href")
                .containsAll(List.of(portal.absolute("/actions/101"), portal.absolute("/actions/102"))), html.html());
        assertTrue(html.text().contains(first) && html.text().contains(second));
        assertTrue(mail.text().contains("This is your daily digest"), mail.text());

        TestClock.advance(Duration.ofDays(1)); // 30 November, 08:00: the late one's turn
        digests.run();
        List<OutboxMessage> next = digestsOf(user);
        assertEquals(2, next.size());
        assertEquals("Your Signpost digest: 1 notification", next.get(1).title);
        assertTrue(next.get(1).body.contains(late));
    }

    @Test
    void shouldMakeNoDigestForSomeoneWithNothingHeld() {
        String user = dailyReader();
        TestClock.advance(Duration.ofDays(1));
        digests.run();
        assertEquals(List.of(), digestsOf(user));
    }

    @Test
    void shouldDropHeldEmailsOfAKindTurnedOffSince() {
        String user = dailyReader();
        assign(user, "Held, then unsubscribed " + UUID.randomUUID(), 105);
        preferences.choose(user, Map.of(Kind.ACTION_ASSIGNED, Cadence.OFF));
        TestClock.advance(Duration.ofDays(1));
        digests.run();
        assertEquals(List.of(), digestsOf(user), "no digest after unsubscribing");
        assertEquals(List.of(), heldOrDigested(user), "the held email is dropped");
        assertEquals(1, rows(user, PortalChannel.NAME).size(), "the portal's message stays as it was");
    }

    @Test
    void shouldWaitUntilTheNextSlotBegins() {
        String user = dailyReader();
        assign(user, "Held at noon " + UUID.randomUUID(), 104);
        TestClock.advance(Duration.between(TestClock.NOW, Instant.parse("2026-11-29T06:59:59Z")));
        digests.run();
        assertEquals(List.of(), digestsOf(user), "a second before the slot");
        TestClock.advance(Duration.ofSeconds(1));
        digests.run();
        assertEquals(List.of("digest:" + user + ":2026-11-29:" + user + ":email"), digestsOf(user).stream().map(m -> m.idempotencyKey).toList());
    }
}
