package dev.signpost.notifications.chat;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The start-up check of the configured webhooks, which SIGs' messages are queued, and webhook names. No Quarkus. */
class SigWebhooksTest {

    record Hook(String url, ChatFormat format, double perSecond) implements ChatConfig.Hook {
    }

    record Config(ChatMode mode, Map<String, ChatConfig.Hook> hooks) implements ChatConfig {
        @Override
        public Duration connectTimeout() {
            return Duration.ofSeconds(5);
        }

        @Override
        public Duration timeout() {
            return Duration.ofSeconds(10);
        }
    }

    private static SigWebhooks webhooks(ChatMode mode, Map<String, ChatConfig.Hook> hooks) {
        SigWebhooks webhooks = new SigWebhooks();
        webhooks.config = new Config(mode, hooks);
        return webhooks;
    }

    @Test
    void shouldFindNothingWrongWithGoodWebhooks() {
        assertEquals(List.of(), SigWebhooks.problems(Map.of(
                "testing-quality", new Hook("https://hooks.slack.com/services/T0/B0/xyz", ChatFormat.SLACK, 1),
                "ci_platform.eu", new Hook("http://mattermost.internal:8065/hooks/abc", ChatFormat.MATTERMOST, 0.5))));
    }

    @Test
    void shouldNameTheSigOfEveryBadWebhookWithoutRepeatingItsAddress() {
        List<String> problems = SigWebhooks.problems(Map.of(
                "relative", new Hook("/hooks/abc", ChatFormat.SLACK, 1),
                "ftp", new Hook("ftp://files.example.com/secret-token", ChatFormat.SLACK, 1),
                "blank", new Hook(" ", ChatFormat.TEAMS, 1),
                "no-host", new Hook("https:///path", ChatFormat.SLACK, 1),
                "spaces", new Hook("https://example.com/a b", ChatFormat.SLACK, 1),
                "too-fast", new Hook("https://example.com/hook", ChatFormat.SLACK, 0),
                "bad slug!", new Hook("https://example.com/hook", ChatFormat.SLACK, 1)));
        assertEquals(7, problems.size(), problems.toString());
        for (String sig : List.of("relative", "ftp", "blank", "no-host", "spaces")) {
            assertTrue(problems.contains("signpost.notifications.chat.hooks.\"" + sig + "\".url is not an absolute http:// or https://"
                    + " address with a host (the value is not repeated here: a webhook's address is a secret)"), sig + ": " + problems);
        }
        assertTrue(problems.contains("signpost.notifications.chat.hooks.\"too-fast\".per-second must be more than 0 and at most 1000, not 0.0"));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("signpost.notifications.chat.hooks.\"bad slug!\": a SIG slug is")));
        assertFalse(String.join(" ", problems).contains("secret-token"));
    }

    @Test
    void shouldQueueOnlyForSigsWithAWebhookWhenSendingButForEverySigWhenKeeping() {
        Map<String, ChatConfig.Hook> hooks = Map.of("testing-quality", new Hook("https://example.com/h", ChatFormat.SLACK, 1));
        SigWebhooks sending = webhooks(ChatMode.SEND, hooks);
        assertTrue(sending.wanted("testing-quality"));
        assertFalse(sending.wanted("code-deployment"));
        SigWebhooks keeping = webhooks(ChatMode.KEEP, hooks);
        assertTrue(keeping.wanted("testing-quality"));
        assertTrue(keeping.wanted("code-deployment"));
    }

    @Test
    void shouldNameAWebhookByAHashOfItsAddressAndShowOnlyItsHost() {
        String url = "https://hooks.slack.com/services/T0/B0/secret";
        String key = SigWebhooks.key(url);
        assertEquals(64, key.length());
        assertTrue(key.matches("[0-9a-f]{64}"));
        assertFalse(key.contains("secret"));
        assertEquals(key, SigWebhooks.key(url), "the same webhook has the same pace on every instance");
        assertFalse(key.equals(SigWebhooks.key(url + "x")));
        assertEquals("hooks.slack.com", SigWebhooks.host(url));
    }

    @Test
    void shouldSpaceTurnsByTheRate() {
        assertEquals(Duration.ofSeconds(1), WebhookTurns.interval(1));
        assertEquals(Duration.ofMillis(100), WebhookTurns.interval(10));
        assertEquals(Duration.ofSeconds(2), WebhookTurns.interval(0.5));
    }
}
