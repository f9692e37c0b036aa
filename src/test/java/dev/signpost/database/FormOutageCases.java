package dev.signpost.database;

import dev.signpost.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 25: the database is made unreachable under the running portal (by each subclass its own way); each form that writes
 * answers 503 with Retry-After, the message above the form and every field as typed, its submission key kept; with the
 * database back, sending the returned form stores once, and sending it again stores nothing more.
 */
abstract class FormOutageCases {

    /** Makes this run's texts its own: the PostgreSQL test database outlives a run. */
    static final String RUN = Long.toString(System.nanoTime(), 36);
    static final String MESSAGE = "Signpost could not save this because its database is not answering; nothing was saved. "
            + "Your text is below — send it again in a moment.";
    /** Makes the database unreachable for the running portal. */
    abstract void stopDatabase();

    /** Makes it reachable again (nothing when it is). */
    abstract void startDatabase();

    @Inject
    EntityManager entities;

    @BeforeEach
    void databaseUp() {
        startDatabase();
        WebSession ada = WebSession.signIn("ada");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> ada.get("/feedback/mine").statusCode() == 200);
    }

    @AfterEach
    void databaseBack() {
        databaseUp();
    }

    @Test
    void shouldGiveTheFeedbackFormBackAndStoreItOnceAfterRecovery() {
        WebSession sam = WebSession.signIn("sam");
        Document empty = sam.page("/feedback", 200);
        Map<String, String> typed = fields(empty.selectFirst("form.feedback-form"));
        typed.put("category", "tool-request");
        typed.put("title", "Outage feedback title " + RUN);
        typed.put("description", "Line one\nline two with <b>markup</b>");
        typed.put("relatedPage", "/docs/practices");

        Document back = refusedWhileDown(sam, "/feedback", typed, "form.feedback-form");
        Element form = back.selectFirst("form.feedback-form");
        assertEquals("Outage feedback title " + RUN, form.selectFirst("input[name=title]").val());
        assertEquals("Line one\nline two with <b>markup</b>", form.selectFirst("textarea[name=description]").wholeText().strip());
        assertEquals("tool-request", form.selectFirst("select[name=category] option[selected]").val());
        assertEquals("/docs/practices", form.selectFirst("input[name=relatedPage]").val());

        storedOnceAfterRecovery(sam, "/feedback", fields(form), "select count(*) from FeedbackItem where title = 'Outage feedback title " + RUN + "'");
    }

    @Test
    void shouldGiveTheRoadmapReviewFormBackAndStoreItOnce() {
        WebSession maya = WebSession.signIn("maya");
        Document empty = maya.page("/roadmap/reviews", 200);
        Element form = empty.selectFirst("form[action=/roadmap/reviews]");
        Map<String, String> typed = fields(form);
        typed.put("notes", "Outage review notes " + RUN + "\nsecond line");

        Document back = refusedWhileDown(maya, "/roadmap/reviews", typed, "form[action=/roadmap/reviews]");
        Element kept = back.selectFirst("form[action=/roadmap/reviews]");
        assertEquals("Outage review notes " + RUN + "\nsecond line", kept.selectFirst("textarea[name=notes]").wholeText().strip());
        assertEquals(typed.get("date"), kept.selectFirst("input[name=date]").val());

        storedOnceAfterRecovery(maya, "/roadmap/reviews", fields(kept), "select count(*) from RoadmapReview where notes = 'Outage review notes " + RUN + "\nsecond line'");
    }

    @Test
    void shouldGiveBackWhatWasSentWhenTheFormsPageNeedsTheDatabase() {
        WebSession sam = WebSession.signIn("sam");
        sam.get("/actions/new");
        Response created = sam.post("/actions", Map.of("title", "Outage comment target " + RUN, "details", "", "owner", "sam", "due", "",
                "sig", "", "source", "", "ref", ""));
        assertEquals(303, created.statusCode(), created.asString());
        String item = URI(created.header("Location"));
        Document page = sam.page(item, 200);
        String action = item + "/comments";
        Map<String, String> typed = fields(page.selectFirst("form[action=" + action + "]"));
        typed.put("text", "A comment typed during the outage " + RUN + "\nwith two lines");

        Document back = refusedWhileDown(sam, action, typed, "form.given-back-form");
        Element kept = back.selectFirst("form.given-back-form");
        assertEquals(action, kept.attr("action"));
        assertEquals("A comment typed during the outage " + RUN + "\nwith two lines", kept.selectFirst("textarea[name=text]").wholeText().strip());
        assertNotNull(back.selectFirst("label[for=" + kept.selectFirst("textarea[name=text]").id() + "]"), "the field is labelled");

        storedOnceAfterRecovery(sam, action, fields(kept),
                "select count(*) from ActionEvent where comment = 'A comment typed during the outage " + RUN + "\nwith two lines'");
    }

    @Test
    void shouldStoreAnApiWriteOncePerIdempotencyKeyAndAnswer503WithAProblemDuringAnOutage() {
        WebSession sam = WebSession.signIn("sam");
        sam.get("/actions");
        String json = "{\"title\": \"API once " + RUN + "\", \"owner\": \"sam\", \"due\": \"\", \"sig\": \"\"}";
        Response first = sam.postJson("/api/v1/actions", json, Map.of("Idempotency-Key", "3f0c1e7a-4b8e-4a57-9a51-0b6f1d2c9e11"));
        assertEquals(201, first.statusCode(), first.asString());
        Response again = sam.postJson("/api/v1/actions", json, Map.of("Idempotency-Key", "3f0c1e7a-4b8e-4a57-9a51-0b6f1d2c9e11"));
        assertEquals(303, again.statusCode(), again.asString());
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(URI(first.header("Location")), URI(again.header("Location")));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> (Long) entities
                .createQuery("select count(*) from ActionItem where title = 'API once " + RUN + "'").getSingleResult()));
        assertEquals(400, sam.postJson("/api/v1/actions", json, Map.of("Idempotency-Key", "short")).statusCode());

        stopDatabase();
        Response down = sam.postJson("/api/v1/actions", json.replace("once", "down"), Map.of("Idempotency-Key", "a-key-for-the-outage-1"));
        assertEquals(503, down.statusCode(), down.asString());
        assertEquals("10", down.header("Retry-After"));
        assertEquals("Database unavailable", down.jsonPath().getString("title"));
        Response read = sam.get("/api/v1/actions");
        assertEquals(503, read.statusCode());
        assertEquals("10", read.header("Retry-After"));
        assertEquals(503, read.jsonPath().getInt("status"));
    }

    /** Stops the database, sends the form, checks the 503 and the message and returns the page; the key is kept. */
    Document refusedWhileDown(WebSession session, String action, Map<String, String> typed, String formSelector) {
        stopDatabase();
        Response response = session.post(action, typed);
        assertEquals(503, response.statusCode(), response.asString());
        assertEquals("10", response.header("Retry-After"));
        Document page = Jsoup.parse(response.asString());
        Element form = page.selectFirst(formSelector);
        assertNotNull(form, "the form comes back: " + page.select("main").text());
        Element alert = form.selectFirst("[role=alert]#form-outage");
        assertNotNull(alert, "the message is above the form's fields");
        assertEquals(MESSAGE, alert.text());
        assertEquals(typed.get("submission-key"), form.selectFirst("input[name=submission-key]").val(), "the key survives");
        return page;
    }

    void storedOnceAfterRecovery(WebSession session, String action, Map<String, String> returned, String count) {
        databaseUp();
        Response first = session.post(action, returned);
        assertEquals(303, first.statusCode(), first.asString());
        Response again = session.post(action, returned);
        assertEquals(303, again.statusCode(), "a resend answers like the first success");
        assertEquals(first.header("Location"), again.header("Location"));
        assertTrue(again.headers().getValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("signpost-flash=already-saved")));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> (Long) entities.createQuery(count).getSingleResult()),
                "stored exactly once");
        Document shown = session.page(URI(again.header("Location")), 200);
        assertNotNull(shown.selectFirst("p.already-saved[role=status]"), "the page says it was already saved");
    }

    private static String URI(String location) {
        return java.net.URI.create(location).getRawPath();
    }

    /** The fields a browser would send from this form (text, hidden, checked boxes, selected options, text areas). */
    static Map<String, String> fields(Element form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String type = input.attr("type");
            if (input.tagName().equals("textarea")) {
                fields.put(input.attr("name"), input.wholeText().replaceFirst("^\n", ""));
            } else if (input.tagName().equals("select")) {
                Element selected = input.selectFirst("option[selected]");
                fields.put(input.attr("name"), selected == null ? "" : selected.val());
            } else if ((!type.equals("checkbox") && !type.equals("radio")) || input.hasAttr("checked")) {
                fields.put(input.attr("name"), input.val());
            }
        }
        fields.remove(WebSession.CSRF_FIELD);
        return fields;
    }
}
