package dev.signpost.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.signpost.WebSession;
import dev.signpost.feedback.SentFeedback;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

/**
 * "My work" in the header counts what waits for the person signed in: their open action items, answers to their
 * feedback they have not read, the triage queue for those who triage; anonymous readers have no such menu.
 */
@QuarkusTest
@Tag("database")
class MyWorkTest {

    private static Element myWork(WebSession session) {
        return session.page("/tools", 200).selectFirst("header details.my-work");
    }

    private static long count(Element menu, String href) {
        Element link = menu.selectFirst(".work-counts a[href=" + href + "]");
        return link == null ? 0 : Long.parseLong(link.selectFirst(".work-count").text());
    }

    @Test
    void shouldCountTheOpenActionItemsOfTheOwner() {
        WebSession sam = WebSession.signIn("sam");
        WebSession maya = WebSession.signIn("maya");
        long before = count(myWork(maya), "'/actions?owner=%40me'");
        sam.get("/actions/new");
        Response created = sam.post("/actions", Map.of("title", "For maya " + UUID.randomUUID(), "details", "",
                "owner", "maya", "due", "2026-12-10", "sig", "", "source", "", "ref", ""));
        assertEquals(303, created.statusCode(), created.asString());

        Element menu = myWork(maya);
        assertEquals(before + 1, count(menu, "'/actions?owner=%40me'"));
        long total = Long.parseLong(menu.selectFirst("summary .work-total").ownText().trim());
        assertTrue(total >= before + 1, "the total beside My work: " + total);
    }

    @Test
    void shouldCountAnAnswerUntilTheSubmitterHasReadIt() {
        long id = SentFeedback.send("alice", "practice-question", "My work answer " + UUID.randomUUID(), "");
        WebSession alice = WebSession.signIn("alice");
        long before = count(myWork(alice), "/feedback/mine");

        WebSession sam = WebSession.signIn("sam");
        Document item = sam.page("/feedback/" + id, 200);
        Response answered = sam.post("/feedback/triage/" + id, Map.of("version",
                item.selectFirst("form.triage-form input[name=version]").attr("value"), "status", "RESOLVED",
                "assignee", "sam", "publicAnswer", "Tag the workflow.", "note", ""));
        assertEquals(303, answered.statusCode());
        assertEquals(before + 1, count(myWork(alice), "/feedback/mine"), "the answer waits for alice");

        alice.page("/feedback/" + id, 200);
        assertEquals(before, count(myWork(alice), "/feedback/mine"), "read once she opened it");
        assertEquals(before, count(myWork(alice), "/feedback/mine"), "and stays read");
    }

    @Test
    void shouldShowTheTriageQueueOnlyToThoseWhoTriage() {
        SentFeedback.send("alice", "practice-question", "My work triage " + UUID.randomUUID(), "");
        assertTrue(count(myWork(WebSession.signIn("sam")), "/feedback/triage?status=new") >= 1);
        assertNull(myWork(WebSession.signIn("alice")).selectFirst("a[href^=/feedback/triage]"));
    }

    @Test
    void shouldHaveNoMyWorkForAnonymousReaders() {
        assertNull(WebSession.anonymous().page("/tools", 200).selectFirst("details.my-work"));
        assertNotNull(WebSession.signIn("alice").page("/tools", 200).selectFirst("details.my-work a[href=/]"),
                "the menu leads to the start page");
    }
}
