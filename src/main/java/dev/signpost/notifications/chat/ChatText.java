package dev.signpost.notifications.chat;

import java.nio.charset.StandardCharsets;

/**
 * Plain text made safe for a chat format, cut to a length counted after escaping (so the escaped text fits the
 * receiver's limits and no escape is cut in half). User text never becomes markup: in Slack's mrkdwn {@code &}, {@code <}
 * and {@code >} are entities (no {@code <!channel>}, {@code <@U123>} or {@code <url|label>}); in Mattermost's Markdown
 * every ASCII punctuation character is backslash-escaped and a mention ({@code @channel}) is broken by an invisible
 * word joiner. Pure.
 */
final class ChatText {

    /** Invisible, and no line break: {@code @}⁠{@code channel} shows as written and mentions nobody. */
    static final char WORD_JOINER = '\u2060';
    private static final String MARKDOWN_PUNCTUATION = "\\`*_{}[]()#+-.!|<>~&=^$:";
    private static final String ELLIPSIS = "…";

    private ChatText() {
    }

    /** Slack mrkdwn: {@code &}, {@code <}, {@code >} as entities, cut to {@code max} characters. */
    static String slack(String text, int max) {
        StringBuilder out = new StringBuilder();
        return clipped(text, max, out, codePoint -> switch (codePoint) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            default -> Character.toString(codePoint);
        });
    }

    /** Markdown (Mattermost): ASCII punctuation backslash-escaped, mentions broken, cut to {@code max} characters. */
    static String markdown(String text, int max) {
        StringBuilder out = new StringBuilder();
        return clipped(text, max, out, codePoint -> {
            if (codePoint == '@') {
                return "@" + WORD_JOINER;
            }
            return MARKDOWN_PUNCTUATION.indexOf(codePoint) >= 0 ? "\\" + (char) codePoint : Character.toString(codePoint);
        });
    }

    /** Plain text (a Teams TextRun takes no markup at all), cut to {@code max} characters. */
    static String plain(String text, int max) {
        return clipped(text, max, new StringBuilder(), Character::toString);
    }

    /** One line: every run of white space (line breaks too) is one space; other control characters are dropped. */
    static String oneLine(String text) {
        return withoutControls(text == null ? "" : text).replaceAll("\\s+", " ").strip();
    }

    /** Several lines: line breaks kept ({@code \r\n} as {@code \n}), tabs as spaces, other control characters dropped. */
    static String lines(String text) {
        String normal = (text == null ? "" : text).replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
        return withoutControls(normal).strip();
    }

    /**
     * A portal path as it may stand in a link of any format: everything but unreserved characters and the few
     * delimiters a path or query needs is percent-encoded (so no {@code |}, {@code >}, {@code )}, quote or space).
     */
    static String path(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/?#=&%+,;:@!$*".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static String withoutControls(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == '\n' || c == '\t' || !(Character.isISOControl(c) || isInvisibleFormat(c)))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Bidirectional overrides and isolates: they would make the text read differently from what it is. */
    private static boolean isInvisibleFormat(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static String clipped(String text, int max, StringBuilder out, java.util.function.IntFunction<String> escape) {
        int[] codePoints = text.codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            String escaped = escape.apply(codePoints[i]);
            boolean last = i == codePoints.length - 1;
            if (out.length() + escaped.length() > (last ? max : max - ELLIPSIS.length())) {
                return out.append(ELLIPSIS).toString();
            }
            out.append(escaped);
        }
        return out.toString();
    }
}
