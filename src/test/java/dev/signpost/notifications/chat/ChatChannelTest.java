package dev.signpost.notifications.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signpost.TestClock;
import dev.signpost.WebSession;
import dev.signpost.notifications.Dispatcher;
import dev.signpost.notifications.NewMessage;
import dev.signpost.notifications.NotificationsConfig;
import dev.signpost.notifications.Outbox;
import dev.signpost.notifications.OutboxMessage;
import dev.signpost.notifications.Queued;
import dev.signpost.notifications.OutboxStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The chat channel against a real HTTP receiver ({@link ChatReceiver}): what it posts (Slack blocks, a Teams card,
 * Mattermost Markdown, headers), what it makes of each answer (2xx, 5xx, 429 with Retry-After, 400, no answer), and
 * the pace per webhook that lets messages wait uncounted. The test configuration points one hook per scenario at
 * the receiver.
 */
@QuarkusTest
@Tag("database")
class ChatChannelTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Outbox outbox;
    @Inject
    Dispatcher dispatcher;
    @Inject
    NotificationsConfig config;

    private static ChatReceiver receiver;

    @BeforeAll
    static void startReceiver() {
        receiver = ChatReceiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop();
    }

    @BeforeEach
    void clean() {
        TestClock.reset();
        receiver.reset();
        Queued.setAsideOpen();
        QuarkusTransaction.requiringNew().run(() -> WebhookPace.deleteAll());
    }

    @AfterEach
    void forgetOpenMessages() {
        TestClock.reset();
        QuarkusTransaction.requiringNew().run(() -> OutboxMessage.delete("channel = ?1 and recipient like 'chat-%' and status in ?2",
                Outbox.CHAT, List.of(OutboxStatus.PENDING, OutboxStatus.FAILED)));
    }

    private String queue(String sig, String title, String body, String link) {
        NewMessage message = new NewMessage("test", sig, title, body, link, "chat-test:" + UUID.randomUUID());
        QuarkusTransaction.requiringNew().run(() -> outbox.toChannel(message));
        return title;
    }

    private static String unique(String what) {
        return what + " " + UUID.randomUUID();
    }

    private static OutboxMessage stored(String title) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>find("title", title).firstResult());
    }

    private ChatReceiver.Request only(String path) {
        List<ChatReceiver.Request> requests = receiver.requests(path);
        assertEquals(1, requests.size(), "requests to " + path);
        return requests.get(0);
    }

    private static JsonNode json(ChatReceiver.Request request) throws Exception {
        return JSON.readTree(request.body());
    }

    private void advanceTo(OutboxMessage message) {
        TestClock.advance(Duration.between(TestClock.NOW, message.nextAttemptAt));
    }

    @Test
    void shouldPostSlackBlocksWithTitleBodyAndAbsoluteLinkAndTheMessagesIdempotencyKey() throws Exception {
        String title = queue("chat-slack", unique("Lean Coffee closed"), "Three topics discussed.\nTwo action items.", "/leancoffee/7");
        assertEquals(1, dispatcher.dispatch());

        ChatReceiver.Request request = only("/chat-slack");
        OutboxMessage sent = stored(title);
        assertEquals(sent.idempotencyKey, request.header("Idempotency-Key"));
        assertEquals("application/json", request.header("Content-Type"));
        assertEquals("Signpost", request.header("User-Agent"));
        String link = config.portalUrl().replaceAll("/+$", "") + "/leancoffee/7";
        JsonNode payload = json(request);
        assertEquals(title + " <" + link + "|Open in Signpost>", payload.get("text").asText());
        JsonNode section = payload.get("blocks").get(0);
        assertEquals("section", section.get("type").asText());
        assertEquals("mrkdwn", section.get("text").get("type").asText());
        assertTrue(section.get("text").get("verbatim").asBoolean(), "user text is not parsed for mentions");
        assertEquals("*" + title + "*\nThree topics discussed.\nTwo action items.\n<" + link + "|Open in Signpost>",
                section.get("text").get("text").asText());

        assertEquals(OutboxStatus.SENT, sent.status);
        assertEquals(1, sent.attempts);
        assertNull(sent.lastError);
    }

    @Test
    void shouldNotQueueAMessageForASigWithoutAWebhook() {
        String title = queue("sig-without-webhook", unique("Nobody listens"), "", "/sigs");
        assertNull(stored(title), "no row nobody would send");
        assertNotNull(stored(queue("chat-slack", unique("Someone listens"), "", "/sigs")));
    }

    @Test
    void shouldSendOnceAfterTheReceiverRecoversAndCountTheFailedAttempt() throws Exception {
        receiver.script("/chat-retry", ChatReceiver.Answer.of(500, "upstream down"));
        String title = queue("chat-retry", unique("Retried"), "", "/actions/1");
        dispatcher.dispatch();
        OutboxMessage failed = stored(title);
        assertEquals(OutboxStatus.FAILED, failed.status);
        assertEquals(1, failed.attempts);
        assertEquals("HTTP 500 from the webhook: upstream down", failed.lastError);

        advanceTo(failed);
        dispatcher.dispatch();
        OutboxMessage sent = stored(title);
        assertEquals(OutboxStatus.SENT, sent.status);
        assertEquals(2, sent.attempts);
        List<ChatReceiver.Request> requests = receiver.requests("/chat-retry");
        assertEquals(2, requests.size(), "one failure, one delivery");
        assertEquals(sent.idempotencyKey, requests.get(0).header("Idempotency-Key"));
        assertEquals(sent.idempotencyKey, requests.get(1).header("Idempotency-Key"), "the retry carries the same key");
        TestClock.advance(Duration.ofHours(1));
        dispatcher.dispatch();
        assertEquals(2, receiver.requests("/chat-retry").size(), "sent once: never again");
    }

    @Test
    void shouldWaitAtLeastAsLongAsA429sRetryAfterSays() {
        receiver.script("/chat-busy", ChatReceiver.Answer.retryAfter("7"), ChatReceiver.Answer.retryAfter("120"));
        String first = queue("chat-busy", unique("Busy 7"), "", "/actions/2");
        dispatcher.dispatch();
        OutboxMessage seven = stored(first);
        assertEquals(OutboxStatus.FAILED, seven.status);
        assertEquals(1, seven.attempts);
        assertTrue(seven.lastError.startsWith("HTTP 429 from the webhook"), seven.lastError);
        assertFalse(seven.nextAttemptAt.isBefore(TestClock.NOW.plusSeconds(7)), seven.nextAttemptAt.toString());

        TestClock.advance(Duration.ofSeconds(2));
        String second = queue("chat-busy", unique("Busy 120"), "", "/actions/3");
        dispatcher.dispatch();
        assertEquals(TestClock.NOW.plusSeconds(2 + 120), stored(second).nextAttemptAt,
                "a Retry-After longer than the backoff is the wait");
    }

    @Test
    void shouldDeadLetterA400WithTheReceiversAnswerForTheAdmin() {
        receiver.script("/chat-refused", ChatReceiver.Answer.of(400, "invalid_blocks: <no> " + "x".repeat(500)));
        String title = queue("chat-refused", unique("Refused"), "", "/actions/4");
        dispatcher.dispatch();
        OutboxMessage dead = stored(title);
        assertEquals(OutboxStatus.DEAD, dead.status);
        assertEquals(1, dead.attempts);
        assertTrue(dead.lastError.startsWith("HTTP 400 from the webhook: invalid_blocks: <no> xxx"), dead.lastError);
        assertTrue(dead.lastError.length() < 400, "the answer is cut: " + dead.lastError.length());

        Document page = WebSession.signIn("ada").page("/admin/notifications?status=dead", 200);
        Element row = page.selectFirst("tr.outbox-row[data-id=" + dead.id + "]");
        assertNotNull(row);
        assertEquals(dead.lastError, row.selectFirst(".outbox-error").text(), "the receiver's answer, as text");
        TestClock.advance(Duration.ofHours(2));
        dispatcher.dispatch();
        assertEquals(1, receiver.requests("/chat-refused").size(), "a dead message is not tried again");
    }

    @Test
    void shouldRetryWhenTheReceiverDoesNotAnswerInTime() {
        receiver.script("/chat-slow", ChatReceiver.Answer.hang(3000));
        String title = queue("chat-slow", unique("Slow"), "", "/actions/5");
        dispatcher.dispatch();
        OutboxMessage failed = stored(title);
        assertEquals(OutboxStatus.FAILED, failed.status);
        assertEquals(1, failed.attempts);
        assertEquals("no answer from the webhook within 1 s", failed.lastError);
        assertNull(failed.claimedBy);

        advanceTo(failed);
        dispatcher.dispatch();
        assertEquals(OutboxStatus.SENT, stored(title).status);
    }

    @Test
    void shouldRetryWhenTheWebhookRefusesTheConnection() {
        String title = queue("chat-closed", unique("Refused connection"), "", "/actions/9");
        dispatcher.dispatch();
        OutboxMessage failed = stored(title);
        assertEquals(OutboxStatus.FAILED, failed.status);
        assertEquals(1, failed.attempts);
        assertEquals("could not connect to the webhook (ConnectException)", failed.lastError);
        assertFalse(failed.lastError.contains("127.0.0.1"), "a webhook's address is never in an error");
    }

    @Test
    void shouldGiveUpOnAMessageForASigWhoseWebhookWasRemoved() {
        String title = unique("Webhook removed");
        QuarkusTransaction.requiringNew().run(() -> {
            OutboxMessage row = new OutboxMessage();
            row.kind = "test";
            row.channel = Outbox.CHAT;
            row.recipient = "chat-removed";
            row.title = title;
            row.body = "";
            row.link = "/sigs";
            row.idempotencyKey = "chat-test:" + UUID.randomUUID();
            row.status = OutboxStatus.PENDING;
            row.nextAttemptAt = TestClock.NOW;
            row.createdAt = TestClock.NOW;
            row.persist();
        });
        dispatcher.dispatch();
        OutboxMessage dead = stored(title);
        assertEquals(OutboxStatus.DEAD, dead.status);
        assertTrue(dead.lastError.startsWith("SIG 'chat-removed' has no chat webhook"), dead.lastError);
    }

    @Test
    void shouldPostOneMessagePerTurnAndLetTheOthersWaitUncounted() {
        List<String> titles = List.of(unique("Paced 1"), unique("Paced 2"), unique("Paced 3"));
        titles.forEach(title -> queue("chat-pace", title, "", "/actions/6"));

        dispatcher.dispatch();
        assertEquals(1, receiver.requests("/chat-pace").size(), "one turn at one instant");
        assertEquals(1, titles.stream().map(ChatChannelTest::stored).filter(m -> m.status == OutboxStatus.SENT).count());
        List<OutboxMessage> waiting = titles.stream().map(ChatChannelTest::stored).filter(m -> m.status != OutboxStatus.SENT).toList();
        assertEquals(2, waiting.size());
        for (OutboxMessage message : waiting) {
            assertEquals(OutboxStatus.PENDING, message.status);
            assertEquals(0, message.attempts, "waiting for a turn is no attempt");
            assertNull(message.lastError);
            assertEquals(TestClock.NOW.plusSeconds(1), message.nextAttemptAt, "due when the webhook's next turn comes");
        }

        dispatcher.dispatch();
        assertEquals(1, receiver.requests("/chat-pace").size(), "nothing before the next turn");
        TestClock.advance(Duration.ofSeconds(1));
        dispatcher.dispatch();
        assertEquals(2, receiver.requests("/chat-pace").size(), "one more a second later");
        TestClock.advance(Duration.ofSeconds(1));
        dispatcher.dispatch();
        assertEquals(3, receiver.requests("/chat-pace").size());
        assertTrue(titles.stream().map(ChatChannelTest::stored).allMatch(m -> m.status == OutboxStatus.SENT && m.attempts == 1));
    }

    @Test
    void shouldPostATeamsAdaptiveCard() throws Exception {
        String title = queue("chat-teams", unique("Roadmap review"), "Two items moved.", "/roadmap");
        dispatcher.dispatch();
        JsonNode payload = json(only("/chat-teams"));
        assertEquals("message", payload.get("type").asText());
        JsonNode attachment = payload.get("attachments").get(0);
        assertEquals("application/vnd.microsoft.card.adaptive", attachment.get("contentType").asText());
        JsonNode card = attachment.get("content");
        assertEquals("http://adaptivecards.io/schemas/adaptive-card.json", card.get("$schema").asText());
        assertEquals("AdaptiveCard", card.get("type").asText());
        assertEquals("1.4", card.get("version").asText());
        JsonNode heading = card.get("body").get(0).get("inlines").get(0);
        assertEquals("TextRun", heading.get("type").asText());
        assertEquals(title, heading.get("text").asText());
        assertEquals("bolder", heading.get("weight").asText());
        assertEquals("Two items moved.", card.get("body").get(1).get("inlines").get(0).get("text").asText());
        JsonNode open = card.get("actions").get(0);
        assertEquals("Action.OpenUrl", open.get("type").asText());
        assertEquals("Open in Signpost", open.get("title").asText());
        assertEquals(config.portalUrl().replaceAll("/+$", "") + "/roadmap", open.get("url").asText());
        assertEquals(OutboxStatus.SENT, stored(title).status);
    }

    @Test
    void shouldEscapeHostileTextSoItCanNeitherMentionNorLinkNorBreakTheJson() throws Exception {
        String hostile = "<!channel> <@U123> <https://evil|click> *bold* [x](https://evil) \"quoted\" back\\slash & co";
        String title = queue("chat-hostile", hostile + " " + UUID.randomUUID(), "line \"one\"\n</script>{\"a\":1}\\n<!here>", "/actions/7");
        dispatcher.dispatch();
        JsonNode payload = json(only("/chat-hostile")); // parses: valid JSON
        String link = "<" + config.portalUrl().replaceAll("/+$", "") + "/actions/7|Open in Signpost>";
        for (String text : List.of(payload.get("text").asText(), payload.get("blocks").get(0).get("text").get("text").asText())) {
            assertTrue(text.endsWith(link), text);
            String userPart = text.substring(0, text.length() - link.length());
            assertFalse(userPart.contains("<") || userPart.contains(">"), "no unescaped angle bracket: " + userPart);
            assertTrue(userPart.contains("&lt;!channel&gt; &lt;@U123&gt; &lt;https://evil|click&gt;"), userPart);
            assertTrue(userPart.contains("\"quoted\" back\\slash &amp; co"), userPart);
        }
        assertTrue(payload.get("blocks").get(0).get("text").get("text").asText().contains("line \"one\"\n&lt;/script&gt;{\"a\":1}\\n&lt;!here&gt;"));
        assertEquals(OutboxStatus.SENT, stored(title).status);

        String markdown = queue("chat-mattermost", "[x](https://evil) @channel " + UUID.randomUUID(), "", "/actions/8");
        dispatcher.dispatch();
        String text = json(only("/chat-mattermost")).get("text").asText();
        assertTrue(text.startsWith("**\\[x\\]\\(https\\://evil\\) @\u2060channel "), text);
        assertTrue(text.endsWith("\n[Open in Signpost](" + config.portalUrl().replaceAll("/+$", "") + "/actions/8)"), text);
        assertEquals(OutboxStatus.SENT, stored(markdown).status);
    }

    @Test
    void shouldShowAdminsTheWebhooksAndTheLatestPayloadsButNeverAWebhooksAddress() throws Exception {
        String title = queue("chat-slack", unique("Shown to admins <b>"), "Body", "/sigs/testing-quality");
        dispatcher.dispatch();
        Document page = WebSession.signIn("ada").page("/admin/notifications/chat", 200);
        assertEquals("send", page.selectFirst(".chat-mode").attr("data-mode"));
        Element hook = page.selectFirst("tr.chat-hook[data-sig=chat-teams]");
        assertNotNull(hook);
        assertEquals("teams", hook.selectFirst(".chat-format").text());
        assertEquals("127.0.0.1", hook.selectFirst(".chat-host").text());
        assertFalse(page.outerHtml().contains(":" + ChatReceiver.PORT), "a webhook's address is a secret");

        Element shown = page.select("li.chat-message").stream().filter(li -> li.selectFirst(".chat-title").text().equals(title))
                .findFirst().orElseThrow();
        assertEquals("Sent", shown.selectFirst(".chat-status").text());
        JsonNode payload = JSON.readTree(shown.selectFirst("pre.chat-payload").wholeText());
        assertTrue(payload.get("text").asText().startsWith(title.replace("<", "&lt;").replace(">", "&gt;")));

        assertEquals(403, WebSession.signIn("sam").get("/admin/notifications/chat").statusCode());
    }
}
