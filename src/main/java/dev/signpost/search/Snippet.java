package dev.signpost.search;

import java.util.List;

/**
 * A piece of a document's text around the matches: plain text parts, some marked as matching. Never HTML. A snippet of
 * a code block ({@code code}) keeps the block's line breaks and indentation, to be shown preformatted.
 */
public record Snippet(List<Part> parts, boolean code) {

    public static final Snippet EMPTY = new Snippet(List.of());

    public Snippet {
        parts = List.copyOf(parts);
    }

    /** A snippet of prose. */
    public Snippet(List<Part> parts) {
        this(parts, false);
    }

    public record Part(String text, boolean match) {
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** The snippet as plain text, for summaries and tests. */
    public String text() {
        StringBuilder out = new StringBuilder();
        parts.forEach(p -> out.append(p.text()));
        return out.toString();
    }
}
