package dev.signpost.feedback;

import dev.signpost.WebSession;
import io.restassured.response.Response;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Feedback sent through the real form by a demo user, for tests that need an item to work on. */
public final class SentFeedback {

    private SentFeedback() {
    }

    /** Sends feedback as {@code user} and returns the new item's id. */
    public static long send(String user, String category, String title, String relatedPage) {
        WebSession session = WebSession.signIn(user);
        session.get("/feedback");
        Response sent = session.post("/feedback", Map.of("category", category, "title", title,
                "description", "How do we version reusable workflows?", "relatedPage", relatedPage));
        assertEquals(303, sent.statusCode(), "feedback sent by " + user);
        String location = sent.header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
