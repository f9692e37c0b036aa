package dev.signpost.e2e;

import dev.signpost.WebSession;
import io.restassured.response.Response;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the pages checked by {@link AccessibilityBrowserTest} need in the database, made by ada (who has every role)
 * through the app's own forms over HTTP: a Lean Coffee session under discussion with a topic and an action item, a
 * closed one with a summary, an action item, a feedback item and a roadmap review. Returns the paths of their pages.
 */
record AccessibilityFixture(String board, String summary, String actionItem, String feedbackItem, String review) {

    static AccessibilityFixture create() {
        WebSession ada = WebSession.signIn("ada");
        String suffix = UUID.randomUUID().toString().substring(0, 8);

        String board = leanCoffee(ada, "Accessibility board " + suffix);
        long topic = topic(ada, board, "Flaky canary checks <b>" + suffix + "</b>");
        discuss(ada, board, topic);
        post(ada, board, board + "/topics/" + topic + "/actions", Map.of("title", "Quarantine the canary " + suffix, "owner", "sam",
                "due", "2026-12-15"));

        String closed = leanCoffee(ada, "Accessibility summary " + suffix);
        long discussed = topic(ada, closed, "Freeze windows");
        topic(ada, closed, "Release notes nobody reads");
        discuss(ada, closed, discussed);
        post(ada, closed, closed + "/topics/" + discussed + "/notes", Map.of("notes", "Fridays stay open for **hotfixes**."));
        post(ada, closed, closed + "/topics/" + discussed + "/actions", Map.of("title", "Write the freeze runbook " + suffix, "owner", "alice",
                "due", "2026-12-15"));
        post(ada, closed, closed + "/topics/" + discussed + "/move", Map.of("to", "discussed"));
        post(ada, closed, closed + "/phase", Map.of("to", "closed"));

        String action = post(ada, "/actions/new", "/actions", Map.of("title", "Rotate the deploy keys " + suffix,
                "details", "See the runbook.", "owner", "sam", "due", "2026-12-10", "sig", "code-deployment", "source", "", "ref", ""));
        String feedback = post(ada, "/feedback", "/feedback", Map.of("category", "tool-request", "title", "Assess Renovate " + suffix,
                "description", "Please assess **Renovate** for dependency updates.", "relatedPage", "/docs/practices/ci", "contactMe", "yes"));
        String review = post(ada, "/roadmap/reviews", "/roadmap/reviews", Map.of("date", "2026-11-27",
                "notes", "Alpha stays **planned** until the quota is approved.\n\n- sam asks finance about the quota\n"));
        return new AccessibilityFixture(board, closed + "/summary", action, feedback, review);
    }

    private static String leanCoffee(WebSession ada, String title) {
        return post(ada, "/lean-coffee/new?sig=code-deployment", "/lean-coffee", Map.of("sig", "code-deployment", "title", title,
                "date", "2026-11-28", "time", "14:00", "votes", "3", "timebox", "5", "facilitator", ""));
    }

    private static long topic(WebSession ada, String session, String title) {
        String topic = post(ada, session, session + "/topics", Map.of("title", title, "pitch", "Why it matters."));
        return Long.parseLong(topic.replaceAll(".*#topic-", ""));
    }

    /** Voting, a dot on the topic, then the discussion with the topic on the table. */
    private static void discuss(WebSession ada, String session, long topic) {
        post(ada, session, session + "/phase", Map.of("to", "voting"));
        post(ada, session, session + "/topics/" + topic + "/vote", Map.of());
        post(ada, session, session + "/phase", Map.of("to", "discussing"));
        post(ada, session, session + "/topics/" + topic + "/move", Map.of("to", "discussing"));
    }

    /** Opens the form's page (for its CSRF token), posts the form and returns the path it redirected to. */
    private static String post(WebSession who, String formPage, String action, Map<String, String> form) {
        who.get(formPage);
        Response response = who.post(action, form);
        assertEquals(303, response.statusCode(), action + ": " + response.asString());
        String location = response.header("Location").replaceAll("^https?://[^/]+", "");
        assertTrue(location.startsWith("/"), location);
        return location;
    }
}
