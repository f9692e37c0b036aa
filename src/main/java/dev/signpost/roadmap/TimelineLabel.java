package dev.signpost.roadmap;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps a title onto lines that fit the timeline's label column, never cutting it: words move to the next line, and a
 * word longer than a line is broken across lines. Widths are estimated in "units" (a Latin letter is one, a wide East
 * Asian character two), since the server cannot measure the browser's font.
 */
final class TimelineLabel {

    /** Units on one line of the label column (260 px at 12 px type, with room for wide letters). */
    static final int LINE_UNITS = 34;

    private TimelineLabel() {
    }

    /** The title's lines, at least one; the lines joined with spaces give back the title's words. */
    static List<String> lines(String title, int units) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int used = 0;
        for (String word : title.strip().split("\\s+")) {
            int size = width(word);
            if (used > 0 && used + 1 + size <= units) {
                line.append(' ').append(word);
                used += 1 + size;
                continue;
            }
            if (used > 0) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            int[] points = word.codePoints().toArray();
            for (int point : points) {
                int w = width(point);
                if (used > 0 && used + w > units) {
                    lines.add(line.toString());
                    line.setLength(0);
                    used = 0;
                }
                line.appendCodePoint(point);
                used += w;
            }
        }
        if (used > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return List.copyOf(lines);
    }

    private static int width(String word) {
        return word.codePoints().map(TimelineLabel::width).sum();
    }

    private static int width(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        boolean wide = Character.isIdeographic(codePoint) || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                || (codePoint >= 0xFF01 && codePoint <= 0xFF60) || Character.getType(codePoint) == Character.OTHER_SYMBOL;
        return wide ? 2 : 1;
    }
}
