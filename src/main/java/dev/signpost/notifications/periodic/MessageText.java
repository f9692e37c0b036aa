package dev.signpost.notifications.periodic;

import dev.signpost.notifications.NewMessage;
import dev.signpost.notifications.NotificationsConfig;

/**
 * The plain-text body of a message that lists things (a reminder, a digest, a session's summary): lines of text, and
 * items each on a line of their own with their full address, so that readers of email and chat can follow them. What
 * people typed is kept on one line, so that a title cannot start a line that looks like another item. A list shows at
 * most {@value #MOST_ITEMS} items, and the whole body stays within a message's length; the items left out are counted.
 */
public final class MessageText {

    static final int MOST_ITEMS = 10;
    /** Where items stop being listed: room is kept below the body's limit for the paragraphs and "and N more" lines after. */
    static final int BUDGET = NewMessage.BODY_LENGTH - 400;

    private final String portalUrl;
    private final StringBuilder text = new StringBuilder();
    private int listed;
    private int left;

    /** @param portalUrl the portal's address as its readers reach it ({@link NotificationsConfig#portalUrl()}) */
    public MessageText(String portalUrl) {
        this.portalUrl = portalUrl.strip().replaceAll("/+$", "");
    }

    /** A paragraph: a line of its own after a blank line (ends the list before it). */
    public MessageText paragraph(String line) {
        endList();
        if (!text.isEmpty()) {
            text.append("\n\n");
        }
        text.append(oneLine(line));
        return this;
    }

    /** A list item: {@code - title (detail): address}; a blank detail or a null path is left out. */
    public MessageText item(String title, String detail, String path) {
        String line = "- " + oneLine(title) + (detail == null || detail.isBlank() ? "" : " (" + oneLine(detail) + ")")
                + (path == null ? "" : ": " + address(path));
        if (listed >= MOST_ITEMS || text.length() + line.length() + 1 > BUDGET) {
            left++;
            return this;
        }
        text.append(text.isEmpty() ? "" : "\n").append(line);
        listed++;
        return this;
    }

    /** The full address of a path inside the portal. */
    public String address(String path) {
        return portalUrl + path;
    }

    /** The body as written so far. */
    public String text() {
        endList();
        return text.toString();
    }

    private void endList() {
        if (left > 0) {
            text.append("\n- and ").append(left).append(" more");
        }
        listed = 0;
        left = 0;
    }

    private static String oneLine(String typed) {
        return typed == null ? "" : typed.replaceAll("\\s+", " ").strip();
    }
}
