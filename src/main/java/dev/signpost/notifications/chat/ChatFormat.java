package dev.signpost.notifications.chat;

/**
 * The payload a webhook takes: {@code slack} (Slack's incoming webhooks: Block Kit with mrkdwn), {@code mattermost}
 * (Mattermost's Slack-compatible webhooks, whose text is Markdown) or {@code teams} (a Microsoft Teams workflow
 * "When a Teams webhook request is received": an Adaptive Card).
 */
public enum ChatFormat {
    SLACK, MATTERMOST, TEAMS
}
