package dev.signpost.docs;

import dev.signpost.TestClock;
import dev.signpost.WebSession;
import dev.signpost.notifications.Kind;
import dev.signpost.notifications.NotificationsConfig;
import dev.signpost.notifications.OutboxMessage;
import dev.signpost.notifications.periodic.PeriodicJobs;
import dev.signpost.notifications.Queued;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The weekly digest of pages due for review: each member of an owning team gets one message a week (Mondays, 07:00)
 * listing the pages {@code /docs/stale} lists for their teams, the ones that fell due that week marked. The bundled
 * content has one page owned by qa that falls due in December 2026: Testcontainers, due on Wednesday 16 December.
 */
@QuarkusTest
@Tag("database")
class ReviewDueNotificationTest {

    @Inject
    PeriodicJobs jobs;
    @Inject
    ReviewDueDigest digest;
    @Inject
    NotificationsConfig config;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    /** The stale report's group of one owner as the page shows it now: its pages' links. */
    private static List<Element> staleOf(Document report, String owner) {
        return report.select("section.owner-group").stream().filter(g -> g.selectFirst("h2").ownText().equals(owner))
                .flatMap(g -> g.select("tbody a").stream()).toList();
    }

    @Test
    void shouldSendEachMemberOneDigestAWeekOfTheirTeamsPagesDueForReview() {
        Queued.clockAt("2026-12-21T07:00:00Z");
        List<Element> qa = staleOf(WebSession.signIn("alice").page("/docs/stale", 200), "qa");
        assertEquals(List.of("Testcontainers"), qa.stream().map(Element::text).toList(), "what the content holds");
        jobs.run(digest);
        Queued.clockAt("2026-12-27T23:00:00Z");
        jobs.run(digest);

        OutboxMessage portal = Queued.portalAndEmail("review-due:alice:2026-12-2"); // once in the week, named after its Monday
        assertEquals(Kind.REVIEW_DUE.code(), portal.kind);
        assertEquals("1 page your teams own is due for review (1 new this week)", portal.title);
        assertEquals("Due for review on Mon 21 Dec 2026, the longest due first:\n"
                + "- Testcontainers (qa, due Wed 16 Dec 2026, new this week): " + config.portalUrl() + qa.get(0).attr("href") + "\n\n"
                + "A page leaves this list when someone has checked it and moved on its \"reviewed\" (or \"expires\") date.", portal.body);
        assertEquals("/docs/stale", portal.link);
        assertEquals("review-due:alice:2026-12-21:alice:portal", portal.idempotencyKey);

        Queued.clockAt("2026-12-28T07:00:00Z");
        jobs.run(digest);
        OutboxMessage next = Queued.row("review-due:alice:2026-12-28:", "alice", "portal");
        assertNotNull(next, "a new week, a new digest while the page is still due");
        assertEquals("1 page your teams own is due for review", next.title, "no longer new");
    }

    @Test
    void shouldListThePagesOfAllOfAPersonsTeamsAndTellNobodyWhoseTeamsOweNone() {
        String idle = Queued.uniqueName("idle");
        Queued.person(idle, Queued.uniqueName("team"), idle + "@example.org");
        Queued.clockAt("2027-01-04T07:00:00Z");
        Document report = WebSession.signIn("sam").page("/docs/stale", 200);
        int owed = staleOf(report, "ci-platform").size() + staleOf(report, "release-engineering").size();
        jobs.run(digest);

        OutboxMessage sams = Queued.row("review-due:sam:2027-01-04:", "sam", "portal");
        assertNotNull(sams, owed + " pages of sam's teams are due");
        assertEquals(owed + (owed == 1 ? " page your teams own is" : " pages your teams own are"), sams.title.replaceAll(" due for review.*", ""),
                "every page of both of his teams, as the stale report has them");
        assertEquals(List.of(), Queued.rows("review-due:" + idle + ":"), "a team that owns no page due tells nobody");
    }
}
