package dev.signpost.notifications.periodic;

import dev.signpost.notifications.NewMessage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A listing message's body: paragraphs, items with full addresses, typed text kept on one line, long lists cut. */
class MessageTextTest {

    private static MessageText text() {
        return new MessageText("https://signpost.example.com/");
    }

    @Test
    void shouldWriteParagraphsAndItemsWithTheirFullAddresses() {
        String body = text().paragraph("Due tomorrow:").item("Write the runbook", "owned by qa", "/actions/42")
                .item("Plain", "", "/actions/43").paragraph("Overdue:").item("No link", null, null).text();
        assertEquals("""
                Due tomorrow:
                - Write the runbook (owned by qa): https://signpost.example.com/actions/42
                - Plain: https://signpost.example.com/actions/43

                Overdue:
                - No link""", body);
    }

    @Test
    void shouldKeepWhatPeopleTypedOnOneLine() {
        String body = text().item("Evil\n- Fake item: https://evil.example\r\n", "qa\nteam", "/actions/1").text();
        assertEquals("- Evil - Fake item: https://evil.example (qa team): https://signpost.example.com/actions/1", body);
        assertEquals(1, body.lines().count());
    }

    @Test
    void shouldListAtMostTenItemsAndCountTheRestPerList() {
        MessageText text = text().paragraph("Many:");
        IntStream.rangeClosed(1, 13).forEach(i -> text.item("Item " + i, null, "/actions/" + i));
        text.paragraph("Few:").item("Last", null, null);
        List<String> lines = text.text().lines().toList();
        assertEquals("Many:", lines.get(0));
        assertEquals("- Item 10: https://signpost.example.com/actions/10", lines.get(10));
        assertEquals("- and 3 more", lines.get(11));
        assertEquals(List.of("", "Few:", "- Last"), lines.subList(12, 15));
    }

    @Test
    void shouldStayWithinAMessagesLength() {
        MessageText text = text();
        for (int list = 0; list < 5; list++) {
            text.paragraph("List " + list);
            IntStream.range(0, 10).forEach(i -> text.item("x".repeat(300), "detail", "/actions/" + i));
        }
        String body = text.text();
        assertTrue(body.length() <= NewMessage.BODY_LENGTH, String.valueOf(body.length()));
        assertTrue(body.endsWith("more"), "what did not fit is counted: " + body.substring(body.length() - 40));
        assertEquals(body, new NewMessage("test", "alice", "t", body, "/", "k").body(), "never cut by the message itself");
    }
}
