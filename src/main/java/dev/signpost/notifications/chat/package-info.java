/**
 * The chat channel: a SIG's messages posted to the incoming webhook configured for its slug (Slack, Mattermost or a
 * Microsoft Teams workflow), rendered and escaped for that format ({@code ChatPayloads}), paced per webhook across
 * instances ({@code chat_webhook_pace}), or kept unsent for viewing ({@code /admin/notifications/chat}). It plugs into
 * {@code notifications} ({@code Channel}, {@code ChatHooks}) and may call {@code database}, {@code security} and
 * {@code web}; it knows no feature.
 */
package dev.signpost.notifications.chat;
import dev.signpost.notifications.Channel;
import dev.signpost.notifications.ChatHooks;

