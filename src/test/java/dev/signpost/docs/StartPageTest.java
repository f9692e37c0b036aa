package dev.signpost.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.signpost.WebSession;
import dev.signpost.feedback.SentFeedback;
import dev.signpost.web.Visits;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A person signed in gets a start page: above the welcome page, their action items, their SIGs' next Lean Coffee
 * sessions, their teams' pages due for review and feedback for their teams, and what changed on the radar and the
 * roadmap since their last visit. Anonymous readers keep the welcome page alone.
 */
@QuarkusTest
@Tag("database")
class StartPageTest {

    @Test
    void shouldPutThePersonsWorkAboveTheWelcomePage() {
        Document home = WebSession.signIn("sam").page("/", 200);
        Element sections = home.selectFirst("main .start-sections");
        assertNotNull(sections);
        List<String> kinds = sections.select("> section").stream().map(s -> s.className().replace("start-section", "").trim())
                .toList();
        assertEquals(List.of("my-actions", "home-lean-coffee", "home-reviews", "home-feedback", "home-radar", "home-roadmap"),
                kinds.stream().map(k -> k.split(" ")[0]).toList());
        assertTrue(sections.elementSiblingIndex() < home.selectFirst("main article.markdown").elementSiblingIndex(),
                "the welcome page follows");
        assertNull(WebSession.anonymous().page("/", 200).selectFirst(".start-sections"), "anonymous readers: welcome only");
    }

    @Test
    void shouldListOnlyPagesOfThePersonsTeamsThatAreDueForReview() {
        Set<String> teams = Set.of("ci-platform", "release-engineering");
        Element reviews = WebSession.signIn("sam").page("/", 200).selectFirst("section.home-reviews");
        for (Element page : reviews.select("li")) {
            String owner = page.ownText().replaceAll(".*·\\s*", "").trim();
            assertTrue(teams.contains(owner), "a page of sam's teams: " + page.text());
        }
    }

    @Test
    void shouldShowFeedbackRoutedToThePersonsTeamAndLetThemOpenIt() {
        String title = "Start page feedback " + UUID.randomUUID();
        // the page belongs to ci-platform, one of sam's teams
        long id = SentFeedback.send("alice", "documentation", title, "/docs/practices/ci/caching-dependencies");
        WebSession sam = WebSession.signIn("sam");
        Element feedback = sam.page("/", 200).selectFirst("section.home-feedback");
        assertTrue(feedback.select("li a").eachText().contains(title), feedback.text());

        assertFalse(WebSession.signIn("maya").page("/", 200).select("section.home-feedback li a").eachText().contains(title),
                "not routed to maya's team");
    }

    @Test
    void shouldLetATeamMemberOpenFeedbackRoutedToTheirTeam() {
        // alice is in qa, which owns this roadmap item; she does not triage
        long id = SentFeedback.send("sam", "roadmap-question", "For qa " + UUID.randomUUID(), "/roadmap/flaky-test-quarantine");
        assertEquals(200, WebSession.signIn("alice").get("/feedback/" + id).statusCode());
        long elsewhere = SentFeedback.send("sam", "documentation", "Not for qa " + UUID.randomUUID(), "/docs/practices/ci/caching-dependencies");
        assertEquals(404, WebSession.signIn("alice").get("/feedback/" + elsewhere).statusCode());
    }

    @Test
    void shouldCountChangesFromThePreviousVisit() {
        WebSession sam = WebSession.signIn("sam");
        Document first = sam.page("/", 200);
        assertEquals(".2026-11-28", sam.cookie(Visits.COOKIE), "the first visit, on the test clock's day");
        assertEquals("/tools/changes?since=2026-11-14", first.selectFirst("section.home-radar a[href^=/tools/changes]").attr("href"),
                "two weeks back on a first visit");

        sam.setCookie(Visits.COOKIE, "2026-10-01.2026-11-20");
        Document later = sam.page("/", 200);
        assertEquals("/tools/changes?since=2026-11-20", later.selectFirst("section.home-radar a[href^=/tools/changes]").attr("href"));
        assertEquals("/roadmap/changes?since=2026-11-20", later.selectFirst("section.home-roadmap a[href^=/roadmap/changes]").attr("href"));
        assertEquals("2026-11-20.2026-11-28", sam.cookie(Visits.COOKIE));
        Document again = sam.page("/", 200);
        assertEquals("/tools/changes?since=2026-11-20", again.selectFirst("section.home-radar a[href^=/tools/changes]").attr("href"),
                "the same day, still since the visit before");
    }
}
