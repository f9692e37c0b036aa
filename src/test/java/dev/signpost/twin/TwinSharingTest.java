package dev.signpost.twin;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a person does works whichever instance answers each request, as behind a load balancer without sticky
 * sessions: a form one instance rendered is accepted by the other (its CSRF token), a flash message set by one shows on
 * the other, and a per-person limit counts the person's actions on both together. Run by src/test/twin/ci-stage.sh.
 */
@Tag("twin")
class TwinSharingTest {

    /** signpost.feedback.comments-per-window, as the twin stage runs it (the default). */
    private static final int COMMENTS_PER_WINDOW = 10;

    private final String a = TwinInstancesTest.base("twin.a.url");
    private final String b = TwinInstancesTest.base("twin.b.url");

    @Test
    void shouldAcceptAFormRenderedByOneInstanceOnTheOtherAndShowItsFlashOnTheFirst() throws Exception {
        Browser maya = Browser.signIn(a, "maya");
        String page = pagesWithFeedback(maya, 1).get(0);

        // the form comes from A; the rating is posted to B with A's token and the browser's cookies
        Document form = Jsoup.parse(maya.get(a + page).body());
        String pageUrl = form.select("form[action=/feedback/rating] input[name=page]").val();
        HttpResponse<String> rated = maya.post(b + "/feedback/rating", Map.of("page", pageUrl, "rating", "no"));
        assertEquals(303, rated.statusCode(), "B accepts the form A rendered: " + rated.body());

        // B's flash (the follow-up question for that rating) shows on A's page, once
        Element explain = Jsoup.parse(maya.get(a + page).body()).selectFirst("form.feedback-explain");
        assertNotNull(explain, "A shows the follow-up that B's flash asked for");
        assertTrue(explain.attr("action").matches("/feedback/rating/\\d+"), explain.attr("action"));
        assertNotNull(Jsoup.parse(maya.get(b + page).body()).selectFirst("form[action=/feedback/rating]"),
                "the flash was shown once: B shows the rating form again, not the follow-up");
    }

    @Test
    void shouldRefuseAFormWithoutItsTokenOnEitherInstance() throws Exception {
        Browser alice = Browser.signIn(b, "alice");
        for (String instance : List.of(a, b)) {
            HttpResponse<String> forged = alice.postWithoutToken(instance + "/feedback/rating", Map.of("page", "/", "rating", "yes"));
            assertNotEquals(303, forged.statusCode(), instance + " refuses a form without a CSRF token");
            assertTrue(forged.statusCode() >= 400 && forged.statusCode() < 500, instance + ": " + forged.statusCode());
        }
    }

    @Test
    void shouldCountCommentsOnBothInstancesAgainstOneLimit() throws Exception {
        Browser ada = Browser.signIn(a, "ada");
        List<String> pages = pagesWithFeedback(ada, COMMENTS_PER_WINDOW + 1);
        for (int i = 0; i <= COMMENTS_PER_WINDOW; i++) {
            // alternate: a limit kept per instance would let all of these through
            String rateOn = i % 2 == 0 ? a : b;
            String explainOn = i % 2 == 0 ? b : a;
            String page = pages.get(i);
            Document shown = Jsoup.parse(ada.get(rateOn + page).body());
            String pageUrl = shown.select("form[action=/feedback/rating] input[name=page]").val();
            assertTrue(!pageUrl.isEmpty(), "the rating form on " + page + ": " + shown.select("#page-feedback"));
            HttpResponse<String> rated = ada.post(rateOn + "/feedback/rating", Map.of("page", pageUrl, "rating", "yes"));
            assertEquals(303, rated.statusCode(), "rated " + page + " (" + pageUrl + "): " + rated.body());
            Element explain = Jsoup.parse(ada.get(explainOn + page).body()).selectFirst("form.feedback-explain");
            assertNotNull(explain, "the follow-up for " + page);
            HttpResponse<String> sent = ada.post(explainOn + explain.attr("action"), Map.of("comment", "Comment " + i + " on " + page));
            if (i < COMMENTS_PER_WINDOW) {
                assertEquals(303, sent.statusCode(), "comment " + (i + 1) + " of " + COMMENTS_PER_WINDOW + ": " + sent.body());
                // as a browser does: the page it is sent back to shows (and so clears) the thanks
                ada.get(rateOn + TwinInstancesTest.path(sent.headers().firstValue("Location").orElseThrow()));
            } else {
                assertEquals(429, sent.statusCode(), "comment " + (i + 1) + " is over the limit, counted across both instances");
                assertTrue(sent.headers().firstValue("Retry-After").isPresent());
                assertEquals("Comment " + i + " on " + page, Jsoup.parse(sent.body()).select("textarea[name=comment]").text(),
                        "the refused text is kept");
            }
        }
    }

    /** Paths of documentation pages that carry the rating form, as many as asked for. */
    private List<String> pagesWithFeedback(Browser browser, int count) throws Exception {
        Set<String> candidates = new LinkedHashSet<>();
        for (String start : List.of("/docs", "/")) {
            Jsoup.parse(browser.get(a + start).body()).select("a[href^=/docs/]").forEach(link -> candidates.add(link.attr("href").replaceAll("#.*", "")));
        }
        List<String> pages = new ArrayList<>();
        for (String candidate : candidates) {
            if (pages.size() == count) {
                break;
            }
            HttpResponse<String> page = browser.get(a + candidate);
            if (page.statusCode() == 200 && Jsoup.parse(page.body()).selectFirst("form[action=/feedback/rating]") != null) {
                pages.add(candidate);
            }
        }
        assertEquals(count, pages.size(), "documentation pages with a rating form among " + candidates);
        return pages;
    }
}
