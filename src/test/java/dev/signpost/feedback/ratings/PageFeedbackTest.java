package dev.signpost.feedback.ratings;

import dev.signpost.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Was this page helpful?": the box on every page, with and without JavaScript, its limits and what is stored. */
@QuarkusTest
@Tag("database")
class PageFeedbackTest {

    private static final String PAGE = "/docs/practices/ci/secrets-in-ci";

    private static long idFromFlash(WebSession session, Response redirect) {
        assertEquals(303, redirect.statusCode());
        assertTrue(redirect.header("Location").endsWith(PAGE + "#page-feedback"), redirect.header("Location"));
        String flash = redirect.detailedCookie("signpost-flash").getValue();
        assertTrue(flash.matches("rated-\\d+-(yes|no)"), flash);
        return Long.parseLong(flash.split("-")[1]);
    }

    private static PageRating stored(long id) {
        return QuarkusTransaction.requiringNew().call(() -> PageRating.findById(id));
    }

    private static Response rate(WebSession session, String page, String rating) {
        session.get(page);
        return session.post("/feedback/rating", Map.of("page", page, "rating", rating));
    }

    @Test
    void shouldAskOnEveryDocumentationPage() {
        Document page = WebSession.anonymous().page(PAGE, 200);
        Element form = page.selectFirst("section#page-feedback form.feedback-rate");
        assertNotNull(form);
        assertEquals("/feedback/rating", form.attr("action"));
        assertEquals(PAGE, form.selectFirst("input[name=page]").attr("value"));
        assertEquals(List.of("yes", "no"), form.select("button[name=rating]").eachAttr("value"));
        assertTrue(!form.select("input[name=csrf-token]").attr("value").isBlank());
    }

    @Test
    void shouldRecordARatingThenAskWhyWithoutJavaScript() {
        WebSession alice = WebSession.signIn("alice");
        long id = idFromFlash(alice, rate(alice, PAGE, "yes"));

        Document page = alice.page(PAGE, 200);
        Element box = page.selectFirst("section#page-feedback");
        assertEquals("Glad it helped. What worked?", box.selectFirst("h2").text());
        assertEquals(List.of("solved", "easy", "other"), box.select("input[name=reason]").eachAttr("value"));
        assertEquals("/feedback/rating/" + id, box.selectFirst("form.feedback-explain").attr("action"));

        PageRating row = stored(id);
        assertEquals("yes", row.rating);
        assertEquals("alice", row.userName);
        assertEquals("practices/ci/secrets-in-ci.md", row.pagePath);
        assertEquals("security", row.pageOwner, "the owner in the front matter");
        assertNotNull(row.contentLoadedAt);

        Document again = alice.page(PAGE, 200);
        assertNull(again.selectFirst("section#page-feedback form.feedback-explain"), "the follow-up is shown once");
    }

    @Test
    void shouldShowASignedInReadersOwnRatingAfterAReloadInsteadOfAskingAgain() {
        WebSession maya = WebSession.signIn("maya");
        idFromFlash(maya, rate(maya, PAGE, "no"));
        maya.page(PAGE, 200);
        Document reload = maya.page(PAGE, 200);
        Element box = reload.selectFirst("section#page-feedback");
        assertEquals("no", box.selectFirst(".feedback-rated").attr("data-rating"));
        assertEquals("You rated this page not helpful. Thank you.", box.selectFirst(".feedback-rated").text());
        assertNull(box.selectFirst("h2:containsOwn(Was this page helpful?)"), "not asked again");
        Element change = box.selectFirst("details.feedback-change form.feedback-rate");
        assertEquals(List.of("yes", "no"), change.select("button[name=rating]").eachAttr("value"), "the rating can be changed");

        idFromFlash(maya, rate(maya, PAGE, "yes"));
        maya.page(PAGE, 200);
        assertEquals("yes", maya.page(PAGE, 200).selectFirst(".feedback-rated").attr("data-rating"), "the latest answer");
        assertEquals("Was this page helpful?", WebSession.signIn("sam").page("/docs/practices/security/oidc-to-cloud", 200)
                .selectFirst("section#page-feedback h2").text(), "someone who did not rate a page is asked");
    }

    @Test
    void shouldThankAndNameTheOwnerAfterTheReason() {
        WebSession sam = WebSession.signIn("sam");
        long id = idFromFlash(sam, rate(sam, PAGE, "no"));
        sam.get(PAGE);
        Response sent = sam.post("/feedback/rating/" + id, Map.of("reason", "outdated", "comment", "The vault path changed."));
        assertEquals(303, sent.statusCode());
        assertEquals("thanks", sent.detailedCookie("signpost-flash").getValue());
        Element thanks = sam.page(PAGE, 200).selectFirst("section#page-feedback .feedback-thanks");
        assertNotNull(thanks);
        assertTrue(thanks.text().contains("owned by security"), thanks.text());
        PageRating row = stored(id);
        assertEquals("outdated", row.reason);
        assertEquals("The vault path changed.", row.comment);
        assertNotNull(row.commentedAt);
    }

    @Test
    void shouldUpdateTheSameDaysRatingInsteadOfAddingOne() {
        WebSession maya = WebSession.signIn("maya");
        long first = idFromFlash(maya, rate(maya, PAGE, "yes"));
        maya.get(PAGE);
        maya.post("/feedback/rating/" + first, Map.of("reason", "easy"));
        long second = idFromFlash(maya, rate(maya, PAGE, "no"));
        assertEquals(first, second, "one rating per person, page and day");
        PageRating row = stored(second);
        assertEquals("no", row.rating);
        assertNull(row.reason, "'easy to follow' does not fit a No");
        long rows = QuarkusTransaction.requiringNew().call(() -> PageRating.count("pageUrl = ?1 and rater = ?2", PAGE, "maya"));
        assertEquals(1, rows);
    }

    @Test
    void shouldKeepTheTextWhenTheCommentIsTooLong() {
        WebSession alice = WebSession.signIn("alice");
        long id = rateAndId(alice, "/docs/practices/ci/handling-flaky-tests");
        alice.get("/docs/practices/ci/handling-flaky-tests");
        String text = "ü".repeat(1990) + "€€€€€€€€€€€";  // 2,001 characters, over 4 KB in UTF-8
        Response refused = alice.post("/feedback/rating/" + id, Map.of("reason", "missing", "comment", text));
        assertEquals(400, refused.statusCode());
        Document page = Jsoup.parse(refused.asString());
        assertTrue(page.selectFirst("#feedback-error").text().contains("2001 characters"), page.selectFirst("#feedback-error").text());
        assertEquals(text, page.selectFirst("textarea[name=comment]").text(), "what was typed is kept");
        assertEquals("missing", page.selectFirst("input[name=reason][checked]").attr("value"));
        assertNull(stored(id).comment);
        Response accepted = alice.post("/feedback/rating/" + id, Map.of("reason", "missing", "comment", text.substring(1)));
        assertEquals(303, accepted.statusCode(), "2,000 characters of multi-byte text are accepted");
        assertEquals(text.substring(1), stored(id).comment);
    }

    /**
     * A textarea's value in the form post has CR LF line breaks, but the browser counted each as one character against
     * maxlength: a comment that filled the box exactly must be accepted, and is kept with the box's LF line breaks.
     */
    @Test
    void shouldCountALineBreakAsOneCharacterAsTheBrowserDoes() {
        WebSession visitor = WebSession.anonymous();
        String page = "/docs/practices/release/feature-flags";
        long id = rateAndId(visitor, page);
        String typed = ("a".repeat(199) + "\n").repeat(9) + "b".repeat(200);
        assertEquals(2000, typed.length(), "as many characters as the box allows");
        visitor.get(page);
        Response sent = visitor.post("/feedback/rating/" + id, Map.of("reason", "missing", "comment", typed.replace("\n", "\r\n")));
        assertEquals(303, sent.statusCode());
        assertEquals(typed, stored(id).comment);
    }

    private static long rateAndId(WebSession session, String page) {
        Response response = rate(session, page, "no");
        return Long.parseLong(response.detailedCookie("signpost-flash").getValue().split("-")[1]);
    }

    @Test
    void shouldRefuseAReasonThatDoesNotFitTheAnswer() {
        WebSession sam = WebSession.signIn("sam");
        long id = idFromFlash(sam, rate(sam, PAGE, "yes"));
        sam.get(PAGE);
        Response refused = sam.post("/feedback/rating/" + id, Map.of("reason", "broken-example", "comment", "kept"));
        assertEquals(400, refused.statusCode());
        Document page = Jsoup.parse(refused.asString());
        assertEquals("Choose one of the reasons listed.", page.selectFirst("#feedback-error").text());
        assertEquals("kept", page.selectFirst("textarea[name=comment]").text());
    }

    @Test
    void shouldAnswerScriptsWithTheNextStateOfTheBox() {
        WebSession ada = WebSession.signIn("ada");
        ada.get(PAGE);
        String token = ada.cookie("csrf-token");
        Response rated = given().redirects().follow(false).cookies(Map.of("csrf-token", token, "signpost-session", ada.cookie("signpost-session")))
                .header("X-Signpost-Fragment", "1").header("X-CSRF-TOKEN", token)
                .formParams(Map.of("page", PAGE, "rating", "yes")).post("/feedback/rating");
        assertEquals(200, rated.statusCode());
        Element box = Jsoup.parse(rated.asString()).selectFirst("section.page-feedback");
        assertNotNull(box.selectFirst("form.feedback-explain"));
        assertNull(rated.detailedCookie("signpost-flash"), "no flash when nothing redirects");
        Response thanked = given().redirects().follow(false).cookies(Map.of("csrf-token", token, "signpost-session", ada.cookie("signpost-session")))
                .header("X-Signpost-Fragment", "1").header("X-CSRF-TOKEN", token)
                .formParams(Map.of("reason", "solved")).post(box.selectFirst("form.feedback-explain").attr("action"));
        assertEquals(200, thanked.statusCode());
        assertNotNull(Jsoup.parse(thanked.asString()).selectFirst("section.page-feedback .feedback-thanks"));
    }

    @Test
    void shouldLetAnonymousReadersRateWithAVisitorCookie() {
        WebSession visitor = WebSession.anonymous();
        Response first = rate(visitor, PAGE, "yes");
        long id = idFromFlash(visitor, first);
        String cookie = visitor.cookie("signpost-visitor");
        assertNotNull(cookie);
        assertTrue(first.detailedCookie("signpost-visitor").isHttpOnly());
        long again = idFromFlash(visitor, rate(visitor, PAGE, "no"));
        assertEquals(id, again, "the same visitor, the same day: one rating");
        PageRating row = stored(id);
        assertEquals("anonymous", row.userName);
        assertEquals("anonymous:" + cookie, row.rater);
    }

    @Test
    void shouldNotLetSomeoneExplainAnotherPersonsRating() {
        WebSession alice = WebSession.signIn("alice");
        long id = idFromFlash(alice, rate(alice, PAGE, "no"));
        WebSession maya = WebSession.signIn("maya");
        maya.get(PAGE);
        assertEquals(404, maya.post("/feedback/rating/" + id, Map.of("reason", "missing")).statusCode());
        assertNull(stored(id).reason);
    }

    @Test
    void shouldRefuseRatingsForUnknownPagesOrAnswers() {
        WebSession alice = WebSession.signIn("alice");
        alice.get(PAGE);
        assertEquals(400, alice.post("/feedback/rating", Map.of("page", "/docs/nowhere", "rating", "yes")).statusCode());
        assertEquals(400, alice.post("/feedback/rating", Map.of("page", PAGE, "rating", "maybe")).statusCode());
        assertEquals(400, alice.post("/feedback/rating", Map.of("rating", "yes")).statusCode());
    }

    @Test
    void shouldRefuseARatingWithoutCsrfToken() {
        WebSession alice = WebSession.signIn("alice");
        alice.get(PAGE);
        assertEquals(403, alice.postWithout("/feedback/rating", Map.of("page", PAGE, "rating", "yes")).statusCode());
    }
}
