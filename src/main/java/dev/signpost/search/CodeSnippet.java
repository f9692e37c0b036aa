package dev.signpost.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * A match inside a code block shown as code: the line with the first match, a line of context either side (up to
 * {@value #MAX_LINES} lines when more lines right below match too), indentation and line breaks kept, each line cut to
 * {@value #MAX_LINE} characters around its first match, every occurrence of the matched words marked.
 */
final class CodeSnippet {

    static final int MAX_LINES = 5;
    static final int MAX_LINE = 120;
    private static final String CUT = "…";

    private CodeSnippet() {
    }

    /** The snippet of {@code block} (its text as written) around {@code words}; empty when no word is in it. */
    static Snippet of(String block, Collection<String> words) {
        List<String> terms = words.stream().filter(w -> !w.isBlank()).distinct().toList();
        String[] lines = block.stripTrailing().split("\r?\n", -1);
        int first = -1;
        for (int i = 0; i < lines.length && first < 0; i++) {
            if (firstOf(lines[i], terms) >= 0) {
                first = i;
            }
        }
        if (first < 0) {
            return Snippet.EMPTY;
        }
        int last = first;
        for (int i = first + 1; i < lines.length && i <= first + MAX_LINES - 3; i++) {
            if (firstOf(lines[i], terms) >= 0) {
                last = i;
            }
        }
        int from = Math.max(0, first - 1);
        int to = Math.min(lines.length - 1, last + 1);
        while (to - from + 1 > MAX_LINES) {
            to--;
        }
        List<Snippet.Part> parts = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            if (i > from) {
                parts.add(new Snippet.Part("\n", false));
            }
            mark(cut(lines[i], terms), terms, parts);
        }
        return new Snippet(merge(parts), true);
    }

    /** The line, or {@value #MAX_LINE} characters of it around its first match, with "…" where it was cut. */
    static String cut(String line, List<String> terms) {
        String expanded = line.replace("\t", "    ");
        if (expanded.length() <= MAX_LINE) {
            return expanded;
        }
        int at = Math.max(0, firstOf(expanded, terms));
        int start = Math.max(0, Math.min(at - MAX_LINE / 3, expanded.length() - MAX_LINE));
        int end = Math.min(expanded.length(), start + MAX_LINE);
        return (start > 0 ? CUT : "") + expanded.substring(start, end) + (end < expanded.length() ? CUT : "");
    }

    private static void mark(String line, List<String> terms, List<Snippet.Part> parts) {
        String lower = line.toLowerCase(Locale.ROOT);
        int position = 0;
        while (position < line.length()) {
            int next = -1;
            int length = 0;
            for (String term : terms) {
                int at = lower.indexOf(term.toLowerCase(Locale.ROOT), position);
                if (at >= 0 && (next < 0 || at < next || at == next && term.length() > length)) {
                    next = at;
                    length = term.length();
                }
            }
            if (next < 0) {
                break;
            }
            parts.add(new Snippet.Part(line.substring(position, next), false));
            parts.add(new Snippet.Part(line.substring(next, next + length), true));
            position = next + length;
        }
        parts.add(new Snippet.Part(line.substring(position), false));
    }

    private static int firstOf(String line, List<String> terms) {
        String lower = line.toLowerCase(Locale.ROOT);
        int first = -1;
        for (String term : terms) {
            int at = lower.indexOf(term.toLowerCase(Locale.ROOT));
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    private static List<Snippet.Part> merge(List<Snippet.Part> parts) {
        List<Snippet.Part> merged = new ArrayList<>();
        for (Snippet.Part part : parts) {
            int last = merged.size() - 1;
            if (part.text().isEmpty()) {
                continue;
            }
            if (last >= 0 && merged.get(last).match() == part.match()) {
                merged.set(last, new Snippet.Part(merged.get(last).text() + part.text(), part.match()));
            } else {
                merged.add(part);
            }
        }
        return merged;
    }
}
