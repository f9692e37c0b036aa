package dev.signpost.actions;

import dev.signpost.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static dev.signpost.actions.ActionForms.create;
import static dev.signpost.actions.ActionForms.edit;
import static dev.signpost.actions.ActionForms.item;
import static dev.signpost.actions.ActionForms.stored;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An action item's owner is someone Signpost knows, or a team; an item without a due date is accepted with a warning. */
@QuarkusTest
@Tag("database")
class ActionOwnersTest {

    private static final String NO_DUE_SAVED = "Saved without a due date — items without one are easy to forget; add one when you know it.";

    private static String unique(String title) {
        return title + " " + UUID.randomUUID();
    }

    @Test
    void shouldRefuseAnUnknownOwnerNamingTheClosestPersonAndKeepEverythingTyped() {
        WebSession sam = WebSession.signIn("sam");
        sam.get("/actions/new");
        String title = unique("Rotate the deploy keys");
        Response refused = sam.post("/actions", item(title, "alcie", "2026-12-20", "code-deployment"));
        assertEquals(400, refused.statusCode());
        Document form = Jsoup.parse(refused.asString());
        assertEquals("No one called 'alcie' — did you mean alice?", form.selectFirst("#ai-owner-error").text());
        assertEquals("true", form.selectFirst("#ai-owner").attr("aria-invalid"));
        assertEquals("alcie", form.selectFirst("#ai-owner").val());
        assertEquals(title, form.selectFirst("#ai-title").val());
        assertEquals("2026-12-20", form.selectFirst("#ai-due").val());
        assertEquals("code-deployment", form.selectFirst("#ai-sig option[selected]").val());
        assertEquals(0, sam.get("/api/v1/actions?status=all&q=" + title.substring(title.length() - 36)).jsonPath().getInt("total"));
    }

    @Test
    void shouldEscapeAHostileOwnerInTheRefusal() {
        WebSession sam = WebSession.signIn("sam");
        sam.get("/actions/new");
        Response refused = sam.post("/actions", item(unique("Hostile"), "<img src=x onerror=alert(1)>"));
        assertEquals(400, refused.statusCode());
        Document form = Jsoup.parse(refused.asString());
        assertNull(form.selectFirst("img[onerror]"), "typed markup is text");
        assertEquals("<img src=x onerror=alert(1)>", form.selectFirst("#ai-owner").val());
    }

    @Test
    void shouldAcceptATeamAsOwnerAndSpellNamesAsTheDirectoryDoes() {
        WebSession sam = WebSession.signIn("sam");
        long team = create(sam, item(unique("Publish the runner SLO"), "CI-Platform", "2026-12-20", ""));
        assertEquals("ci-platform", stored(sam, team).getString("owner"));
        long person = create(sam, item(unique("Review the SLO"), "Alice", "2026-12-20", ""));
        assertEquals("alice", stored(sam, person).getString("owner"));
    }

    @Test
    void shouldKeepAnOwnerFromBeforeTheDirectoryEditableButRefuseChangingToAnUnknownOne() {
        WebSession sam = WebSession.signIn("sam");
        long id = create(sam, item(unique("Old item"), "sam", "2026-12-20", ""));
        QuarkusTransaction.requiringNew().run(() -> ActionItem.<ActionItem>findById(id).owner = "bob");
        Document page = sam.page("/actions/" + id, 200);
        assertEquals("bob", page.selectFirst(".action-owner strong").text(), "an old owner still shows");
        Response kept = edit(sam, id, Map.of("title", "Old item, retitled"));
        assertEquals(303, kept.statusCode(), "an unchanged owner is not checked again");
        Response changed = edit(sam, id, Map.of("owner", "bobb"));
        assertEquals(400, changed.statusCode());
        Document refused = Jsoup.parse(changed.asString());
        assertEquals("bobb", refused.selectFirst("#ai-owner").val());
        assertTrue(refused.selectFirst("#ai-owner-error").text().startsWith("No one called 'bobb'"), refused.selectFirst("#ai-owner-error").text());
    }

    @Test
    void shouldAnswerTheApiWithAProblemNamingTheClosestPerson() {
        WebSession sam = WebSession.signIn("sam");
        sam.get("/actions");
        Response refused = sam.postJson("/api/v1/actions", "{\"title\": \"" + unique("From a script") + "\", \"owner\": \"alcie\", "
                + "\"due\": \"2026-12-20\"}");
        assertEquals(400, refused.statusCode());
        assertEquals("No one called 'alcie' — did you mean alice?", refused.jsonPath().getString("detail"));
    }

    @Test
    void shouldWarnAboutAMissingDueDateAndMarkTheItem() {
        WebSession sam = WebSession.signIn("sam");
        String title = unique("Someday item");
        sam.get("/actions/new");
        Response created = sam.post("/actions", item(title, "sam"));
        assertEquals(303, created.statusCode());
        String path = created.header("Location").replaceAll("^https?://[^/]+", "");
        Document page = sam.page(path, 200);
        assertEquals("The action item is created without a due date — items without one are easy to forget; add one when you know it.",
                page.selectFirst("p.banner-no-due").text());
        assertEquals("No due date", page.selectFirst(".action-due .badge-no-due").text());
        Document tracker = sam.page("/actions?q=" + title.substring(title.length() - 36), 200);
        assertEquals("No due date", tracker.selectFirst("tr.action-row .action-due .badge-no-due").text());

        long id = ActionForms.idOf(path);
        assertEquals(303, edit(sam, id, Map.of("title", title + " (renamed)")).statusCode());
        assertEquals(NO_DUE_SAVED, sam.page(path, 200).selectFirst("p.banner-no-due").text());
        assertEquals(303, edit(sam, id, Map.of("due", "2026-12-30")).statusCode());
        Document dated = sam.page(path, 200);
        assertNull(dated.selectFirst("p.banner-no-due"), "saved with a date: no warning");
        assertNull(dated.selectFirst(".badge-no-due"));
        assertNotNull(dated.selectFirst("p.banner-ok"));
    }
}
