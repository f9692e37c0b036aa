package dev.signpost.notifications.email;

import java.util.ArrayList;
import java.util.List;

/**
 * A message's plain-text body as an email shows it: paragraphs (split at blank lines) of lines, without control
 * characters. A line that is exactly a link into the portal (as digests write them) is marked as a link, which the
 * HTML part makes an anchor; every other line stays text, escaped by the template. Pure.
 */
public record EmailBody(List<Paragraph> paragraphs) {

    public record Paragraph(List<Line> lines) {
    }

    /** One line of text; {@code link} when it is an address inside the portal and nothing else. */
    public record Line(String text, boolean link) {
    }

    /** {@code text} split into paragraphs; {@code portal} is the portal's address without a trailing slash. */
    public static EmailBody of(String text, String portal) {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        String normalised = text == null ? "" : text.replaceAll("\r\n|[\r\u0085\u2028\u2029]", "\n");
        for (String raw : normalised.split("\n", -1)) {
            String line = clean(raw);
            if (line.isEmpty()) {
                if (!lines.isEmpty()) {
                    paragraphs.add(new Paragraph(List.copyOf(lines)));
                    lines.clear();
                }
                continue;
            }
            lines.add(new Line(line, isPortalLink(line, portal)));
        }
        if (!lines.isEmpty()) {
            paragraphs.add(new Paragraph(List.copyOf(lines)));
        }
        return new EmailBody(List.copyOf(paragraphs));
    }

    /**
     * One line without control characters (a tab or line separator is a space), without the bidirectional overrides that make text read
     * differently from what it is, and without surrounding blanks.
     */
    static String clean(String line) {
        StringBuilder out = new StringBuilder(line.length());
        line.codePoints().forEach(c -> {
            if (c == '\t' || c == '\u2028' || c == '\u2029') {
                out.append(' ');
            } else if (!Character.isISOControl(c) && !isBidiControl(c)) {
                out.appendCodePoint(c);
            }
        });
        return out.toString().strip();
    }

    private static boolean isBidiControl(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    static boolean isPortalLink(String line, String portal) {
        return line.startsWith(portal + "/") && line.chars().noneMatch(c -> Character.isWhitespace(c) || "\"'<>\\`".indexOf(c) >= 0);
    }

    public boolean isEmpty() {
        return paragraphs.isEmpty();
    }
}
