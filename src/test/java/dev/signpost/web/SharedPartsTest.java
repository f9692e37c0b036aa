package dev.signpost.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.signpost.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The unfiltered tool radar, tool list and roadmap board are rendered once for everyone ({@link SharedHtml}): the
 * shared part is the same for every reader, the header is each reader's own, and a filter still answers for itself.
 */
@QuarkusTest
class SharedPartsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/tools", "/tools?view=list", "/roadmap"})
    void theSharedPartIsTheSameForEveryoneAndTheHeaderIsEachReadersOwn(String path) {
        Document alice = WebSession.signIn("alice").page(path, 200);
        Document anonymous = WebSession.anonymous().page(path, 200);
        Document sam = WebSession.signIn("sam").page(path, 200);

        assertEquals(alice.selectFirst("main").outerHtml(), anonymous.selectFirst("main").outerHtml());
        assertEquals(alice.selectFirst("main").outerHtml(), sam.selectFirst("main").outerHtml());
        assertTrue(alice.selectFirst("header.site-header .account-name").text().toLowerCase().contains("alice"));
        assertTrue(sam.selectFirst("header.site-header .account-name").text().toLowerCase().contains("sam"));
        assertNotNull(anonymous.selectFirst("header.site-header a.signin-link"));
        assertNull(anonymous.selectFirst("header.site-header .account-name"));
        assertNotEquals(alice.selectFirst("meta[name=csrf-token]").attr("content"), sam.selectFirst("meta[name=csrf-token]").attr("content"));
    }

    @Test
    void aFilterAfterTheSharedPageAnswersWithItsOwnResults() {
        Document all = WebSession.anonymous().page("/tools?view=list", 200);
        Document hold = WebSession.anonymous().page("/tools?view=list&ring=hold", 200);
        int allCount = Integer.parseInt(all.selectFirst(".count-shown").text());
        int holdCount = Integer.parseInt(hold.selectFirst(".count-shown").text());
        assertTrue(holdCount < allCount, holdCount + " of " + allCount);
        assertEquals("hold", hold.selectFirst("#tf-ring option[selected]").attr("value"));

        Document board = WebSession.anonymous().page("/roadmap", 200);
        Document oneStatus = WebSession.anonymous().page("/roadmap?status=shipped", 200);
        assertNotEquals(board.selectFirst(".result-count").text(), oneStatus.selectFirst(".result-count").text());
    }
}
