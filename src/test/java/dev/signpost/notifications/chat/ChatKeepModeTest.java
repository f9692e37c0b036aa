package dev.signpost.notifications.chat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signpost.TestClock;
import dev.signpost.WebSession;
import dev.signpost.notifications.Dispatcher;
import dev.signpost.notifications.NewMessage;
import dev.signpost.notifications.Outbox;
import dev.signpost.notifications.OutboxMessage;
import dev.signpost.notifications.OutboxStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code signpost.notifications.chat.mode=keep} (dev and demo): every SIG's chat messages are queued, none leaves the
 * machine, each is marked sent with a note, and admins see them as they would have been posted.
 */
@QuarkusTest
@TestProfile(ChatKeepModeTest.Keep.class)
@Tag("database")
class ChatKeepModeTest {

    /** The test configuration with chat messages kept. */
    public static class Keep implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("signpost.notifications.chat.mode", "keep");
        }
    }

    @Inject
    Outbox outbox;
    @Inject
    Dispatcher dispatcher;

    private String queue(String sig, String title) {
        QuarkusTransaction.requiringNew().run(() -> outbox.toChannel(new NewMessage("test", sig, title, "Kept body", "/sigs", "keep:" + UUID.randomUUID())));
        return title;
    }

    private static OutboxMessage stored(String title) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>find("title", title).firstResult());
    }

    @Test
    void shouldKeepEverySigsMessagesWithoutSendingAnyAndShowThemToAdmins() throws Exception {
        TestClock.reset();
        ChatReceiver receiver = ChatReceiver.start();
        try {
            keepAndShow(receiver);
        } finally {
            receiver.stop();
        }
    }

    private void keepAndShow(ChatReceiver receiver) throws Exception {
        String hooked = queue("chat-slack", "Kept for a hooked SIG " + UUID.randomUUID());
        String unhooked = queue("sig-without-webhook", "Kept for any SIG " + UUID.randomUUID());
        dispatcher.dispatch();

        assertEquals(List.of(), receiver.all(), "nothing leaves the machine");
        for (String title : List.of(hooked, unhooked)) {
            OutboxMessage kept = stored(title);
            assertNotNull(kept, "queued although " + title);
            assertEquals(OutboxStatus.SENT, kept.status);
            assertEquals(ChatChannel.KEPT, kept.lastError);
        }

        Document page = WebSession.signIn("ada").page("/admin/notifications/chat", 200);
        assertEquals("keep", page.selectFirst(".chat-mode").attr("data-mode"));
        Element shown = page.select("li.chat-message").stream().filter(li -> li.selectFirst(".chat-title").text().equals(unhooked))
                .findFirst().orElseThrow();
        assertEquals(ChatChannel.KEPT, shown.selectFirst(".chat-note").text());
        assertEquals("slack", shown.selectFirst(".chat-as").text());
        assertTrue(shown.selectFirst("summary").text().contains("this SIG has no webhook"));
        String text = new ObjectMapper().readTree(shown.selectFirst("pre.chat-payload").wholeText()).get("text").asText();
        assertTrue(text.startsWith(unhooked + " <"), text);
    }
}
