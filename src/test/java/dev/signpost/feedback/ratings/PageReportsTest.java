package dev.signpost.feedback.ratings;

import dev.signpost.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What ratings add up to for page owners: the panel on the page (owning team and admins only), {@code /feedback/pages}
 * sorted by most "No", and the ratings list with its filters. One page is rated by this test only, so counts are exact.
 */
@QuarkusTest
@Tag("database")
class PageReportsTest {

    /** Owned by ci-platform (sam's team); no other test rates it. */
    private static final String PAGE = "/docs/practices/ci/migrating-a-jenkins-pipeline";
    /** Owned by qa (alice's team). */
    private static final String QA_PAGE = "/docs/practices/ci/handling-flaky-tests";
    private static boolean rated;

    /** Once, with the application running (a static {@code @BeforeAll} would run before it starts). */
    @BeforeEach
    void rateThePage() {
        if (rated) {
            return;
        }
        rated = true;
        rate("alice", PAGE, "yes", "solved", "");
        rate("maya", PAGE, "no", "outdated", "Still mentions Jenkins 2.3 <script>alert(1)</script>");
        rate("ada", PAGE, "no", "missing", "How do shared libraries map?");
        rate("sam", QA_PAGE, "no", "hard", "");
    }

    private static void rate(String user, String page, String rating, String reason, String comment) {
        WebSession session = WebSession.signIn(user);
        session.get(page);
        Response rated = session.post("/feedback/rating", Map.of("page", page, "rating", rating));
        assertEquals(303, rated.statusCode());
        String flash = rated.detailedCookie("signpost-flash").getValue();
        long id = Long.parseLong(flash.split("-")[1]);
        session.get(page);
        Response explained = session.post("/feedback/rating/" + id, Map.of("reason", reason, "comment", comment));
        assertEquals(303, explained.statusCode(), "explained by " + user);
    }

    @Test
    void shouldShowTheOwningTeamTheRatioReasonsAndLatestComments() {
        Element panel = WebSession.signIn("sam").page(PAGE, 200).selectFirst("aside#owner-feedback");
        assertNotNull(panel, "sam is in ci-platform, which owns the page");
        assertEquals("33% helpful", panel.selectFirst(".helpful-percent").text());
        assertEquals("1", panel.selectFirst(".count-yes").text());
        assertEquals("2", panel.selectFirst(".count-no").text());
        assertEquals(List.of("missing", "outdated", "solved"), panel.select(".reason-counts li").eachAttr("data-reason"),
                "No reasons first");
        List<String> comments = panel.select(".latest-comments q").eachText();
        assertEquals(2, comments.size());
        assertTrue(comments.contains("Still mentions Jenkins 2.3 <script>alert(1)</script>"), "shown as text, escaped");
        assertTrue(panel.select("script").isEmpty());
        assertEquals("/feedback/pages/ratings?path=%2Fdocs%2Fpractices%2Fci%2Fmigrating-a-jenkins-pipeline",
                panel.selectFirst("a[href^=/feedback/pages/ratings]").attr("href"));
    }

    @Test
    void shouldShowThePanelToAdminsButNotToOtherTeamsOrAnonymousReaders() {
        assertNotNull(WebSession.signIn("ada").page(PAGE, 200).selectFirst("aside#owner-feedback"), "admin");
        assertNull(WebSession.signIn("maya").page(PAGE, 200).selectFirst("aside#owner-feedback"),
                "maya's team (developer-experience) does not own the page");
        assertNull(WebSession.signIn("alice").page(PAGE, 200).selectFirst("aside#owner-feedback"));
        assertNull(WebSession.anonymous().page(PAGE, 200).selectFirst("aside#owner-feedback"));
        assertNotNull(WebSession.signIn("alice").page(QA_PAGE, 200).selectFirst("aside#owner-feedback"),
                "alice is in qa, which owns this one");
    }

    @Test
    void shouldListEveryRatedPageForTriagersTheMostNoFirst() {
        Document pages = WebSession.signIn("maya").page("/feedback/pages", 200);
        Element row = pages.selectFirst("table.page-summaries tr[data-page=" + PAGE + "]");
        assertNotNull(row);
        assertEquals("2", row.selectFirst(".count-no").text());
        assertEquals("1", row.selectFirst(".count-yes").text());
        List<Integer> noCounts = pages.select("table.page-summaries td.count-no").eachText().stream().map(Integer::parseInt).toList();
        assertTrue(noCounts.size() >= 2);
        for (int i = 1; i < noCounts.size(); i++) {
            assertTrue(noCounts.get(i - 1) >= noCounts.get(i), "sorted by most No: " + noCounts);
        }
        assertNotNull(pages.selectFirst("table.page-summaries tr[data-page=" + QA_PAGE + "]"));
    }

    @Test
    void shouldShowSomeoneOutsideTriageOnlyTheirTeamsPages() {
        Document pages = WebSession.signIn("alice").page("/feedback/pages", 200);
        assertNotNull(pages.selectFirst("table.page-summaries tr[data-page=" + QA_PAGE + "]"));
        assertNull(pages.selectFirst("table.page-summaries tr[data-page=" + PAGE + "]"), "ci-platform's page is not alice's");
        Document asked = WebSession.signIn("alice").page("/feedback/pages?owner=ci-platform", 200);
        assertTrue(asked.select("table.page-summaries tr[data-page]").isEmpty(), "asking for another team shows nothing");
        Document ratings = WebSession.signIn("alice").page("/feedback/pages/ratings?path=" + PAGE, 200);
        assertTrue(ratings.select("table.page-ratings tbody tr").isEmpty());
        assertNull(pages.selectFirst("nav.tabs a[href=/feedback/triage]"), "no triage tab for alice");
    }

    @Test
    @TestSecurity(user = "nobody-in-a-team", roles = "engineer")
    void shouldExplainToSomeoneInNoTeamWhyTheyCannotSeePageFeedback() {
        Response response = given().redirects().follow(false).get("/feedback/pages");
        assertEquals(403, response.statusCode());
        assertTrue(response.asString().contains("Page feedback is for the teams that own pages"));
        assertEquals(403, given().redirects().follow(false).get("/feedback/pages/ratings").statusCode());
    }

    @Test
    void shouldFilterRatingsByRatingAndComment() {
        WebSession sam = WebSession.signIn("sam");
        Document all = sam.page("/feedback/pages/ratings?path=" + PAGE, 200);
        assertEquals("3", all.selectFirst(".result-count .count-total").text());
        Document no = sam.page("/feedback/pages/ratings?path=" + PAGE + "&rating=no", 200);
        assertEquals(2, no.select("table.page-ratings tbody tr").size());
        assertEquals("1", no.selectFirst(".result-count .count-yes").text(), "the other rating's count stays visible");
        Document commented = sam.page("/feedback/pages/ratings?path=" + PAGE + "&comment=yes", 200);
        assertEquals(List.of("How do shared libraries map?", "Still mentions Jenkins 2.3 <script>alert(1)</script>"),
                commented.select("table.page-ratings td.comment").eachText().stream().sorted().toList());
        assertTrue(commented.selectFirst("input[name=comment]").hasAttr("checked"), "the filter stays set");
        Document ownerFiltered = sam.page("/feedback/pages/ratings?path=" + PAGE + "&owner=qa", 200);
        assertTrue(ownerFiltered.select("table.page-ratings tbody tr").isEmpty());
    }

    @Test
    void shouldExplainBadFilterValuesInsteadOfFailing() {
        Document page = WebSession.signIn("sam").page("/feedback/pages/ratings?rating=maybe&from=soon", 200);
        assertEquals(2, page.select("main p.form-error").size());
    }
}
