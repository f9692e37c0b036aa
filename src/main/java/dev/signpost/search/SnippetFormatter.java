package dev.signpost.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the highlighter's passages into a {@link Snippet}, so templates escape every part and mark matches themselves;
 * with where the first match is, to tell whether it is in a code block ({@link CodeBlocks}).
 */
final class SnippetFormatter extends PassageFormatter {

    /** The snippet of a document's body, and the offset of its first match in the body's text. */
    record Highlight(Snippet snippet, int firstMatch) {
    }

    private static final String ELLIPSIS = " … ";

    @Override
    public Highlight format(Passage[] passages, String content) {
        List<Snippet.Part> parts = new ArrayList<>();
        int previousEnd = -1;
        int firstMatch = Integer.MAX_VALUE;
        for (Passage passage : passages) {
            if (passage.getNumMatches() > 0) {
                firstMatch = Math.min(firstMatch, passage.getMatchStarts()[0]);
            }
            int position = passage.getStartOffset();
            if (previousEnd >= 0 && passage.getStartOffset() > previousEnd) {
                trimTrailingSpace(parts);
                parts.add(new Snippet.Part(ELLIPSIS, false));
                while (position < passage.getEndOffset() && Character.isWhitespace(content.charAt(position))) {
                    position++;
                }
            }
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = passage.getMatchStarts()[i];
                int end = passage.getMatchEnds()[i];
                if (start < position) {
                    // overlapping matches (a word and its prefix): extend the current mark
                    if (end > position) {
                        parts.add(new Snippet.Part(content.substring(position, end), true));
                        position = end;
                    }
                    continue;
                }
                if (start > position) {
                    parts.add(new Snippet.Part(content.substring(position, start), false));
                }
                parts.add(new Snippet.Part(content.substring(start, end), true));
                position = end;
            }
            if (position < passage.getEndOffset()) {
                parts.add(new Snippet.Part(content.substring(position, passage.getEndOffset()), false));
            }
            previousEnd = passage.getEndOffset();
        }
        return new Highlight(new Snippet(merge(parts)), firstMatch == Integer.MAX_VALUE ? -1 : firstMatch);
    }

    private static void trimTrailingSpace(List<Snippet.Part> parts) {
        int last = parts.size() - 1;
        if (last >= 0 && !parts.get(last).match()) {
            parts.set(last, new Snippet.Part(parts.get(last).text().stripTrailing(), false));
        }
    }

    private static List<Snippet.Part> merge(List<Snippet.Part> parts) {
        List<Snippet.Part> merged = new ArrayList<>();
        for (Snippet.Part part : parts) {
            if (part.text().isEmpty()) {
                continue;
            }
            int last = merged.size() - 1;
            if (last >= 0 && merged.get(last).match() == part.match()) {
                merged.set(last, new Snippet.Part(merged.get(last).text() + part.text(), part.match()));
            } else {
                merged.add(part);
            }
        }
        return merged;
    }
}
