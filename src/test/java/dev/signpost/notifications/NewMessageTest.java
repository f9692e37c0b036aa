package dev.signpost.notifications;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a feature may put into the outbox: local links only, one-line titles cut to fit, a key per recipient and channel. */
class NewMessageTest {

    private static NewMessage linking(String link) {
        return new NewMessage("action-assigned", "alice", "Title", "Body", link, "action-assigned:1:v0");
    }

    @Test
    void shouldRefuseLinksThatLeaveThePortal() {
        for (String link : new String[]{"https://evil.example/", "//evil.example/x", "javascript:alert(1)", "/\\evil", "", "/a\nb"}) {
            assertThrows(IllegalArgumentException.class, () -> linking(link), link);
        }
        assertThrows(IllegalArgumentException.class, () -> linking(null));
        assertEquals("/actions/1", linking("/actions/1").link());
    }

    @Test
    void shouldKeepTitlesOnOneLineAndCutThemToFit() {
        NewMessage message = new NewMessage("k", "alice", "  Line one\n\tline two  ", "x".repeat(5000), "/", "key");
        assertEquals("Line one line two", message.title());
        assertEquals(NewMessage.BODY_LENGTH, message.body().length());
        NewMessage longTitle = new NewMessage("k", "alice", "é".repeat(400), "", "/", "key");
        assertEquals(NewMessage.TITLE_LENGTH, longTitle.title().length());
        assertTrue(longTitle.title().endsWith("…"));
    }

    @Test
    void shouldKeyEachMessageByCauseRecipientAndChannel() {
        NewMessage message = linking("/actions/1");
        assertEquals("action-assigned:1:v0:alice:portal", message.keyOn("portal"));
        assertEquals("action-assigned:1:v0:bob:portal", message.to("bob").keyOn("portal"));
    }
}
