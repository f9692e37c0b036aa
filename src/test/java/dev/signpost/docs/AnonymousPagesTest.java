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
 * Anonymous readers get a docs page kept once for all of them ({@link AnonymousPages}): each still carries the reader's
 * own CSRF token, which their rating form is accepted with, and a reader who just rated sees their thanks, not the
 * kept page.
 */
@QuarkusTest
class AnonymousPagesTest {

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
}
