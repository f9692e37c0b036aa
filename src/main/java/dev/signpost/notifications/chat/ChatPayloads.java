package dev.signpost.notifications.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON a webhook is sent for one message: its title, its body (cut to about {@value #BODY_LIMIT} characters) and a
 * link back to the portal, in the webhook's format, with the user's text escaped for that format ({@link ChatText}).
 * Built as a Jackson tree, never by joining strings, so quotes, backslashes and line breaks cannot break the JSON.
 * Pure.
 */
public final class ChatPayloads {

    /** The link's label in every format. */
    public static final String LINK_LABEL = "Open in Signpost";
    /** About how much of a message's body a chat message shows (escaped, for the marked-up formats). */
    static final int BODY_LIMIT = 1500;
    /** Room for the title once escaped: titles have at most 300 characters, entities make them longer. */
    static final int TITLE_LIMIT = 700;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChatPayloads() {
    }

    /** The absolute address of a portal path: {@code portalUrl} without its trailing slash, then the path encoded. */
    public static String link(String portalUrl, String path) {
        String base = portalUrl.strip().replaceAll("/+$", "");
        String local = path == null || path.isBlank() ? "/" : path.strip();
        return base + ChatText.path(local.startsWith("/") ? local : "/" + local);
    }

    /** The payload for a message in a format, as compact JSON. */
    public static String json(ChatFormat format, String title, String body, String url) {
        return write(tree(format, title, body, url), false);
    }

    /** The same payload indented, for people to read (the admin's view of kept messages). */
    public static String pretty(ChatFormat format, String title, String body, String url) {
        return write(tree(format, title, body, url), true);
    }

    static ObjectNode tree(ChatFormat format, String title, String body, String url) {
        String oneLine = ChatText.oneLine(title);
        String lines = ChatText.lines(body);
        return switch (format) {
            case SLACK -> slack(oneLine, lines, url);
            case MATTERMOST -> mattermost(oneLine, lines, url);
            case TEAMS -> teams(oneLine, lines, url);
        };
    }

    /** Block Kit: a fallback {@code text} for notifications, and one mrkdwn section taken verbatim (no auto-mentions). */
    private static ObjectNode slack(String title, String body, String url) {
        String link = "<" + url.replace("&", "&amp;") + "|" + LINK_LABEL + ">";
        String heading = ChatText.slack(title, TITLE_LIMIT);
        StringBuilder text = new StringBuilder("*").append(heading).append("*");
        if (!body.isEmpty()) {
            text.append('\n').append(ChatText.slack(body, BODY_LIMIT));
        }
        text.append('\n').append(link);
        ObjectNode payload = JSON.createObjectNode();
        payload.put("text", heading + " " + link);
        ObjectNode section = payload.putArray("blocks").addObject();
        section.put("type", "section");
        ObjectNode sectionText = section.putObject("text");
        sectionText.put("type", "mrkdwn");
        sectionText.put("text", text.toString());
        sectionText.put("verbatim", true);
        return payload;
    }

    /** Mattermost renders {@code text} as Markdown whatever it is told, so the text is escaped as Markdown. */
    private static ObjectNode mattermost(String title, String body, String url) {
        StringBuilder text = new StringBuilder("**").append(ChatText.markdown(title, TITLE_LIMIT)).append("**");
        if (!body.isEmpty()) {
            text.append('\n').append(ChatText.markdown(body, BODY_LIMIT));
        }
        text.append('\n').append('[').append(LINK_LABEL).append("](").append(url).append(')');
        ObjectNode payload = JSON.createObjectNode();
        payload.put("text", text.toString());
        return payload;
    }

    /**
     * A Teams workflow takes a message with an Adaptive Card. Title and body are TextRuns in RichTextBlocks: a
     * TextRun shows its text as it is (a TextBlock would read it as Markdown, which has no reliable escape).
     */
    private static ObjectNode teams(String title, String body, String url) {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("type", "message");
        ObjectNode attachment = payload.putArray("attachments").addObject();
        attachment.put("contentType", "application/vnd.microsoft.card.adaptive");
        ObjectNode card = attachment.putObject("content");
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("type", "AdaptiveCard");
        card.put("version", "1.4");
        ArrayNode blocks = card.putArray("body");
        textRun(blocks, ChatText.plain(title, TITLE_LIMIT)).put("weight", "bolder");
        if (!body.isEmpty()) {
            textRun(blocks, ChatText.plain(body, BODY_LIMIT));
        }
        ObjectNode open = card.putArray("actions").addObject();
        open.put("type", "Action.OpenUrl");
        open.put("title", LINK_LABEL);
        open.put("url", url);
        return payload;
    }

    private static ObjectNode textRun(ArrayNode blocks, String text) {
        ObjectNode block = blocks.addObject();
        block.put("type", "RichTextBlock");
        ObjectNode run = block.putArray("inlines").addObject();
        run.put("type", "TextRun");
        run.put("text", text);
        return run;
    }

    private static String write(ObjectNode tree, boolean pretty) {
        try {
            return pretty ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree) : JSON.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree of strings always writes", e);
        }
    }
}
