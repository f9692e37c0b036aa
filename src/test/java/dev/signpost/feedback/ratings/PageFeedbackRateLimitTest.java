package dev.signpost.feedback.ratings;

import dev.signpost.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Comments on ratings are rate-limited per person: past the limit, a clear 429 that keeps the text. */
@QuarkusTest
@Tag("database")
@TestProfile(PageFeedbackRateLimitTest.TwoComments.class)
class PageFeedbackRateLimitTest {

    public static class TwoComments implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("signpost.feedback.comments-per-window", "2", "signpost.feedback.comment-window", "1H");
        }
    }

    private static final List<String> PAGES = List.of("/docs/practices/ci/secrets-in-ci", "/docs/practices/ci/handling-flaky-tests",
            "/docs/practices/release/feature-flags");

    @Test
    void shouldRefuseTheThirdCommentWithinTheWindowAndKeepIt() {
        WebSession sam = WebSession.signIn("sam");
        for (int i = 0; i < PAGES.size(); i++) {
            String page = PAGES.get(i);
            sam.get(page);
            Response rated = sam.post("/feedback/rating", Map.of("page", page, "rating", "no"));
            long id = Long.parseLong(rated.detailedCookie("signpost-flash").getValue().split("-")[1]);
            sam.get(page);
            Response sent = sam.post("/feedback/rating/" + id, Map.of("reason", "missing", "comment", "Comment number " + (i + 1)));
            if (i < 2) {
                assertEquals(303, sent.statusCode(), "comment " + (i + 1) + " is within the limit");
            } else {
                assertEquals(429, sent.statusCode());
                assertEquals("600", sent.header("Retry-After"));
                Document refusal = Jsoup.parse(sent.asString());
                assertTrue(refusal.selectFirst("#feedback-error").text().contains("2 comments in the last 60 minutes"));
                assertEquals("Comment number 3", refusal.selectFirst("textarea[name=comment]").text());
            }
        }
    }

    @Test
    void shouldStillAcceptAReasonWithoutAComment() {
        WebSession maya = WebSession.signIn("maya");
        for (String page : PAGES) {
            maya.get(page);
            long id = Long.parseLong(maya.post("/feedback/rating", Map.of("page", page, "rating", "yes"))
                    .detailedCookie("signpost-flash").getValue().split("-")[1]);
            maya.get(page);
            assertEquals(303, maya.post("/feedback/rating/" + id, Map.of("reason", "solved")).statusCode());
        }
    }
}
