package dev.signpost.notifications.email;

import dev.signpost.notifications.inbox.Notification;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A person's daily digest as one message: a title that counts the items, and a body with a paragraph per item (its
 * title, the first line of its text, its absolute link), oldest first, cut to fit the outbox's body with a closing line
 * that points to the rest in the portal. Plain text like every message; the email templates make the links anchors.
 * Pure.
 */
public record Digest(String title, String body) {

    /** One held message: what it said and where it links (a path inside the portal). */
    public record Item(String title, String body, String link) {
    }

    /** Room for the body, below the outbox's 4000 characters, with space for the closing line. */
    static final int BODY_LIMIT = 3600;
    static final int LINE_LIMIT = 200;
    static final String INBOX = "/notifications";

    /** The digest of {@code items}; {@code absolute} turns a portal path into a link a mail program can open. */
    public static Digest of(List<Item> items, UnaryOperator<String> absolute) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a digest gathers at least one message");
        }
        String title = "Your Signpost digest: " + items.size() + (items.size() == 1 ? " notification" : " notifications");
        StringBuilder body = new StringBuilder();
        int shown = 0;
        for (Item item : items) {
            String paragraph = paragraph(item, absolute);
            if (body.length() + paragraph.length() + 2 > BODY_LIMIT) {
                break;
            }
            body.append(body.isEmpty() ? "" : "\n\n").append(paragraph);
            shown++;
        }
        int rest = items.size() - shown;
        if (rest > 0) {
            body.append(body.isEmpty() ? "" : "\n\n").append(rest == items.size() ? "All " + rest : "And " + rest + " more")
                    .append(" in your notifications:\n").append(absolute.apply(INBOX));
        }
        return new Digest(title, body.toString());
    }

    private static String paragraph(Item item, UnaryOperator<String> absolute) {
        String title = clip(oneLine(item.title()));
        StringBuilder text = new StringBuilder(title.isEmpty() ? "Notification" : title);
        String first = firstLine(item.body());
        if (!first.isEmpty()) {
            text.append('\n').append(clip(first));
        }
        return text.append('\n').append(absolute.apply(item.link())).toString();
    }

    private static String firstLine(String body) {
        if (body == null) {
            return "";
        }
        return body.lines().map(Digest::oneLine).filter(l -> !l.isEmpty()).findFirst().orElse("");
    }

    private static String oneLine(String text) {
        return EmailBody.clean(text == null ? "" : text).replaceAll("\\s+", " ");
    }

    private static String clip(String text) {
        return text.length() <= LINE_LIMIT ? text : text.substring(0, LINE_LIMIT - 1).strip() + "…";
    }
}
