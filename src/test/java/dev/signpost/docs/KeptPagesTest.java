package dev.signpost.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.signpost.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Docs pages are kept once for all readers who see them alike ({@link KeptPages}). Anonymous readers: each still
 * carries the reader's own CSRF token, which their rating form is accepted with, and a reader who just rated sees their
 * thanks, not the kept page. People signed in: each gets their own header, rating box and token in the kept page, and
 * a page owner their panel.
 */
@QuarkusTest
class KeptPagesTest {

    @jakarta.inject.Inject
    dev.signpost.notifications.inbox.PortalChannel portal;
    @jakarta.inject.Inject
    KeptPages kept;

    private static final String PAGE = "/docs/practices/ci/migrating-a-jenkins-pipeline";
    /** Rated here, and by no other test: the ratings reports count the ratings of other pages. */
    private static final String RATED_PAGE = "/docs/practices/collaboration/where-to-ask-for-help";

    @Test
    void everyAnonymousReaderGetsTheSamePageWithTheirOwnToken() {
        WebSession first = WebSession.anonymous();
        WebSession second = WebSession.anonymous();
        Document one = first.page(PAGE, 200);
        Document two = second.page(PAGE, 200);
        Document again = first.page(PAGE, 200);

        String firstToken = first.cookie("csrf-token");
        String secondToken = second.cookie("csrf-token");
        assertNotNull(firstToken);
        assertNotEquals(firstToken, secondToken);
        assertEquals(firstToken, one.selectFirst("meta[name=csrf-token]").attr("content"));
        assertEquals(firstToken, again.selectFirst("meta[name=csrf-token]").attr("content"));
        assertEquals(secondToken, two.selectFirst("meta[name=csrf-token]").attr("content"));
        assertEquals(secondToken, two.selectFirst("form.feedback-rate input[name=csrf-token]").attr("value"));
        assertFalse(two.html().contains("csrf-") && two.html().matches("(?s).*csrf-[0-9a-f]{8}-[0-9a-f]{4}-.*"),
                "no marker is left in the page");

        one.select("meta[name=csrf-token], input[name=csrf-token]").remove();
        two.select("meta[name=csrf-token], input[name=csrf-token]").remove();
        assertEquals(one.body().html(), two.body().html());
    }

    @Test
    void theRatingFormOfAKeptPageIsAcceptedAndTheThanksAreTheReadersOwn() {
        WebSession warm = WebSession.anonymous();
        warm.page(RATED_PAGE, 200);
        WebSession reader = WebSession.anonymous();
        Document page = reader.page(RATED_PAGE, 200);
        String url = page.selectFirst("form.feedback-rate input[name=page]").attr("value");

        Response rated = reader.post("/feedback/rating", Map.of("page", url, "rating", "yes"));
        assertEquals(303, rated.statusCode(), rated.asString());
        Document after = reader.page(RATED_PAGE, 200);
        assertNotNull(after.selectFirst("form.feedback-explain"), "the reader is asked what worked");
        Document other = WebSession.anonymous().page(RATED_PAGE, 200);
        assertNotNull(other.selectFirst("form.feedback-rate"), "anyone else still sees the question");
    }

    @Test
    void aReaderWhoRatedThePageSeesTheirRatingAfterAReloadAndOthersStillTheQuestion() {
        WebSession reader = WebSession.anonymous();
        reader.page(RATED_PAGE, 200);
        assertEquals(303, reader.post("/feedback/rating", Map.of("page", RATED_PAGE, "rating", "no")).statusCode());
        reader.page(RATED_PAGE, 200);
        Document reload = reader.page(RATED_PAGE, 200);
        assertEquals("no", reload.selectFirst("section#page-feedback .feedback-rated").attr("data-rating"));
        assertEquals("not helpful", reload.selectFirst(".feedback-rated strong").text());
        assertNotNull(reload.selectFirst("section#page-feedback details.feedback-change form.feedback-rate"), "the rating can be changed");
        assertEquals(reader.cookie("csrf-token"), reload.selectFirst("form.feedback-rate input[name=csrf-token]").attr("value"));

        Document other = WebSession.anonymous().page(RATED_PAGE, 200);
        assertNull(other.selectFirst(".feedback-rated"), "the kept page is not the rater's");
        assertEquals("Was this page helpful?", other.selectFirst("section#page-feedback h2").text());
        Document stranger = WebSession.anonymous().page(RATED_PAGE, 200);
        assertNull(stranger.selectFirst(".feedback-rated"), "nor was the rater's page kept for the next reader");

        reader.page(RATED_PAGE, 200);
        assertEquals(303, reader.post("/feedback/rating", Map.of("page", RATED_PAGE, "rating", "yes")).statusCode());
        reader.page(RATED_PAGE, 200);
        assertEquals("helpful", reader.page(RATED_PAGE, 200).selectFirst(".feedback-rated strong").text(), "changed");
        assertNotNull(reader.page(PAGE, 200).selectFirst("section#page-feedback form.feedback-rate:not(details *)"),
                "another page still asks");
    }

    @Test
    void aQueryStringOrASignedInReaderIsRenderedForThem() {
        Document withQuery = WebSession.anonymous().page(PAGE + "?from=search", 200);
        assertTrue(withQuery.selectFirst("header.site-header a.signin-link").attr("href").contains("from%3Dsearch")
                || withQuery.selectFirst("header.site-header a.signin-link").attr("href").contains("from=search"),
                withQuery.selectFirst("header.site-header a.signin-link").attr("href"));
        Document alice = WebSession.signIn("alice").page(PAGE, 200);
        assertTrue(Jsoup.parse(alice.html()).selectFirst("header.site-header .account-name").text().toLowerCase().contains("alice"));
    }

    /** Where a person's own parts are in a page: the header's account part, the rating box and every token. */
    private static Document withoutPersonalParts(Document page) {
        Document copy = page.clone();
        copy.select("meta[name=csrf-token], input[name=csrf-token], input[name=submission-key], a.bell, details.my-work, details.account, section#page-feedback").remove();
        return copy;
    }

    @Test
    void peopleSignedInGetTheKeptPageWithTheirOwnHeaderRatingBoxAndToken() {
        WebSession alice = WebSession.signIn("alice");
        WebSession aliceElsewhere = WebSession.signIn("alice");
        WebSession maya = WebSession.signIn("maya");
        Document first = alice.page(PAGE, 200);
        Document second = aliceElsewhere.page(PAGE, 200);
        Document again = alice.page(PAGE, 200);
        Document mayas = maya.page(PAGE, 200);

        for (var reader : java.util.List.of(java.util.Map.entry(alice, first), java.util.Map.entry(aliceElsewhere, second),
                java.util.Map.entry(alice, again), java.util.Map.entry(maya, mayas))) {
            String token = reader.getKey().cookie("csrf-token");
            assertNotNull(token);
            Document page = reader.getValue();
            assertEquals(token, page.selectFirst("meta[name=csrf-token]").attr("content"));
            assertEquals(java.util.List.of(token), page.select("input[name=csrf-token]").eachAttr("value").stream().distinct().toList(),
                    "every form carries the reader's token: " + page.select("form").eachAttr("action"));
            assertNotNull(page.selectFirst("form.signout input[name=csrf-token]"), "the header's sign-out form is there");
            assertNotNull(page.selectFirst("section#page-feedback form.feedback-rate"), "the rating box is there");
            assertFalse(page.html().contains("<!--sp-"), "no marker is left in the page");
        }
        assertNotEquals(alice.cookie("csrf-token"), aliceElsewhere.cookie("csrf-token"));
        assertEquals("Alice Engineer", first.selectFirst("header.site-header .account-name").text());
        assertEquals("Maya Manager", mayas.selectFirst("header.site-header .account-name").text());
        assertFalse(mayas.html().contains("Alice Engineer"));
        assertNotNull(mayas.selectFirst("header.site-header a[href=/feedback/triage]"), "a manager's menu");
        assertNull(first.selectFirst("header.site-header a[href=/feedback/triage]"), "not an engineer's");
        assertEquals(withoutPersonalParts(first).body().html(), withoutPersonalParts(second).body().html());
        assertEquals(withoutPersonalParts(first).body().html(), withoutPersonalParts(mayas).body().html());
    }

    @Test
    void aPageIsKeptOnceForEveryoneWithTheSameRolesThemeAndZone() {
        String zone = "Pacific/Chatham"; // no other test reads in this zone, so no page is kept for it yet
        java.util.function.Function<String, WebSession> reader = name -> {
            WebSession session = WebSession.signIn(name);
            session.setCookie("signpost-tz", zone);
            return session;
        };
        int before = kept.size();
        reader.apply("maya").page(PAGE, 200);
        assertEquals(before + 1, kept.size(), "kept for maya's roles");
        reader.apply("maya").page(PAGE, 200);
        assertEquals(before + 1, kept.size(), "the same kept page for the next person with those roles");
        reader.apply("alice").page(PAGE, 200);
        assertEquals(before + 2, kept.size(), "kept again for other roles");
        reader.apply("maya").page(PAGE + "?from=search", 200);
        reader.apply("sam").page(PAGE, 200);
        assertEquals(before + 2, kept.size(), "a query string, and the page's owner, are rendered for the reader");
    }

    @Test
    void aPersonSignedInSeesTheirOwnRatingInTheKeptPageAndOthersTheQuestion() {
        String page = "/docs/practices/ci/handling-flaky-tests";
        WebSession maya = WebSession.signIn("maya");
        WebSession alice = WebSession.signIn("alice");
        alice.page(page, 200);
        maya.page(page, 200);
        Response rated = maya.post("/feedback/rating", Map.of("page", page, "rating", "no"));
        assertEquals(303, rated.statusCode(), rated.asString());
        assertNotNull(maya.page(page, 200).selectFirst("form.feedback-explain"), "the next step, from the flash");
        Document reload = maya.page(page, 200);
        assertEquals("no", reload.selectFirst("section#page-feedback .feedback-rated").attr("data-rating"), reload.select("#page-feedback").outerHtml());
        Document alices = alice.page(page, 200);
        assertNull(alices.selectFirst(".feedback-rated"), "the kept page is not maya's");
        assertNotNull(alices.selectFirst("section#page-feedback form.feedback-rate"));
    }

    @Test
    void thePagesOwnersAndAdminsSeeTheirPanelOthersDoNot() {
        Document sams = WebSession.signIn("sam").page(PAGE, 200);
        Document adas = WebSession.signIn("ada").page(PAGE, 200);
        Document alices = WebSession.signIn("alice").page(PAGE, 200);
        Document alicesAgain = WebSession.signIn("alice").page(PAGE, 200);
        assertNotNull(sams.selectFirst("aside#owner-feedback"), "sam is in ci-platform, which owns the page");
        assertNotNull(adas.selectFirst("aside#owner-feedback"), "an admin");
        assertNull(alices.selectFirst("aside#owner-feedback"));
        assertNull(alicesAgain.selectFirst("aside#owner-feedback"));
        assertNotNull(WebSession.signIn("sam").page(PAGE, 200).selectFirst("aside#owner-feedback"), "after alice's kept page");
    }

    @Test
    void theHeaderShowsANotificationDeliveredSinceTheLastPage() {
        WebSession maya = WebSession.signIn("maya");
        Document before = maya.page(PAGE, 200);
        String count = before.select("a.bell .bell-count").text();
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> portal.send(new dev.signpost.notifications.Message(0,
                "test", "portal", "maya", "Kept pages test", "A body", "/actions", "kept-pages-test:" + java.util.UUID.randomUUID(), 0)));
        Document after = maya.page(PAGE, 200);
        assertNotEquals(count, after.select("a.bell .bell-count").text(), after.select("a.bell").outerHtml());
    }
}
