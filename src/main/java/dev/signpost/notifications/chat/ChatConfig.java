package dev.signpost.notifications.chat;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;

/**
 * {@code signpost.notifications.chat.*}: the incoming webhook of each SIG that has one, and whether messages are
 * sent or kept. A hook's address is a secret (whoever has it can post to the channel): it belongs in the instance's
 * own configuration, never in the content repository, and Signpost never shows it.
 */
@ConfigMapping(prefix = "signpost.notifications.chat")
public interface ChatConfig {

    /** {@code send} posts to the webhooks; {@code keep} posts nothing and keeps every SIG's messages for viewing. */
    @WithDefault("send")
    ChatMode mode();

    /** The webhooks by SIG slug: {@code signpost.notifications.chat.hooks."<sig-slug>".url} and so on. */
    Map<String, Hook> hooks();

    /** How long connecting to a webhook may take. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** How long a webhook may take to answer, connection included; then the message is retried later. */
    @WithDefault("10s")
    Duration timeout();

    /** One SIG's incoming webhook. */
    interface Hook {

        /** The webhook's address, absolute http(s). */
        String url();

        /** What the webhook takes: {@code slack}, {@code mattermost} or {@code teams} (a Teams workflow webhook). */
        @WithDefault("slack")
        ChatFormat format();

        /** The most messages per second Signpost posts to it, all instances together (Slack allows 1). */
        @WithDefault("1")
        double perSecond();
    }
}
