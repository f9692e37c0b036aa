package dev.signpost.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

import java.util.ArrayList;
import java.util.List;

/** Turns the highlighter's passages into a {@link Snippet}, so templates escape every part and mark matches themselves. */
final class SnippetFormatter extends PassageFormatter {

    private static final String ELLIPSIS = " … ";

    @Override
    public Snippet format(Passage[] passages, String content) {
        List<Snippet.Part> parts = new ArrayList<>();
        int previousEnd = -1;
        for (Passage passage : passages) {
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
        return new Snippet(merge(parts));
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
