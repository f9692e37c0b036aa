package dev.signpost.actions;

import dev.signpost.WebSession;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Action items made and changed through the real forms, as a person in a browser would, for tests that need one. */
final class ActionForms {

    private ActionForms() {
    }

    /** The create form's fields: a title and an owner, nothing else. */
    static Map<String, String> item(String title, String owner) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", title);
        form.put("details", "");
        form.put("owner", owner);
        form.put("due", "");
        form.put("sig", "");
        form.put("source", "");
        form.put("ref", "");
        return form;
    }

    static Map<String, String> item(String title, String owner, String due, String sig) {
        Map<String, String> form = item(title, owner);
        form.put("due", due);
        form.put("sig", sig);
        return form;
    }

    /** Creates the item through {@code /actions/new} and returns its id. */
    static long create(WebSession session, Map<String, String> form) {
        session.get("/actions/new");
        Response created = session.post("/actions", form);
        assertEquals(303, created.statusCode(), created.asString());
        return idOf(created.header("Location"));
    }

    static long idOf(String location) {
        assertNotNull(location, "a Location header");
        assertTrue(location.matches(".*/actions/\\d+"), location);
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** The item as the JSON API has it, with its history. */
    static JsonPath stored(WebSession session, long id) {
        Response response = session.get("/api/v1/actions/" + id);
        assertEquals(200, response.statusCode(), response.asString());
        return response.jsonPath();
    }

    /** The version in the item page's status or edit form. */
    static String version(Document page) {
        Element version = page.selectFirst("input[name=version]");
        assertNotNull(version, "a form with the item's version");
        return version.val();
    }

    /** Changes the status from the item page, as loaded now. */
    static Response changeStatus(WebSession session, long id, String status, String comment) {
        Document page = session.page("/actions/" + id, 200);
        return session.post("/actions/" + id + "/status", Map.of("status", status, "comment", comment, "version", version(page)));
    }

    /** Saves the edit form as the item page fills it, with some fields changed. */
    static Response edit(WebSession session, long id, Map<String, String> changes) {
        Document page = session.page("/actions/" + id, 200);
        Element form = page.selectFirst("form.edit-form");
        assertNotNull(form, "an edit form");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", form.selectFirst("#ai-title").val());
        fields.put("owner", form.selectFirst("#ai-owner").val());
        fields.put("due", form.selectFirst("#ai-due").val());
        Element sig = form.selectFirst("#ai-sig option[selected]");
        fields.put("sig", sig == null ? "" : sig.val());
        fields.put("details", form.selectFirst("#ai-details").wholeText());
        fields.put("version", form.selectFirst("input[name=version]").val());
        fields.putAll(changes);
        return session.post("/actions/" + id + "/edit", fields);
    }
}
