package dev.signpost.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * User-provided text made inert for Markdown: whatever it contains, it renders as the same text and never as emphasis,
 * a link, an image, HTML, a heading, a list, a quote, a code block or a table cell border. Every character Markdown
 * gives a meaning inside a line is backslash-escaped (CommonMark lets any ASCII punctuation be escaped); what means
 * something only at the start of a line is escaped there; leading spaces, which would make a code block, are dropped.
 * The text never starts a line of the output by itself: the caller puts a heading, list, cell or quote marker before it.
 */
public final class MarkdownText {

    /** Characters escaped wherever they are. {@code #} too, so a heading's text cannot end in a closing sequence. */
    private static final String SPECIAL = "\\`*_[]<>|~&!#";
    /** Characters that start a block only at the start of a line: lists, setext underlines, definitions. */
    private static final String LINE_START = "-+=:";
    private static final Pattern ORDERED_ITEM = Pattern.compile("^(\\d{1,9})([.)])");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\R|[\\u2028\\u2029]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Cc}\\u2028\\u2029]+");

    private MarkdownText() {
    }

    /** The text on one line (line breaks and runs of white space become one space), escaped; for headings, list items and table cells. */
    public static String line(String text) {
        if (text == null) {
            return "";
        }
        return escape(SPACES.matcher(text).replaceAll(" ").strip());
    }

    /**
     * Multi-line text as a block quote, each line escaped and kept as a line (a hard break ends it); blank lines
     * separate paragraphs. Empty when there is no text.
     */
    public static String quote(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String[] raw = LINE_BREAKS.split(text.strip(), -1);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].strip();
            if (line.isEmpty()) {
                lines.add(">");
                continue;
            }
            // A line followed by another ends in a hard break, so that the lines stay lines.
            boolean more = i + 1 < raw.length && !raw[i + 1].isBlank();
            lines.add("> " + startOfLine(escape(line)) + (more ? "\\" : ""));
        }
        return String.join("\n", lines);
    }

    private static String startOfLine(String escaped) {
        if (LINE_START.indexOf(escaped.charAt(0)) >= 0) {
            return "\\" + escaped;
        }
        return ORDERED_ITEM.matcher(escaped).replaceFirst("$1\\\\$2");
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
