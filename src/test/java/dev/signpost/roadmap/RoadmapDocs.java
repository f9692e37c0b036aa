package dev.signpost.roadmap;

import dev.signpost.content.ContentException;
import dev.signpost.content.Document;
import dev.signpost.content.DocumentParser;
import dev.signpost.content.markdown.MarkdownRenderer;
import dev.signpost.content.ReviewInterval;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Roadmap item documents for pure tests, parsed as the loader would parse {@code roadmap/<slug>.md}. */
final class RoadmapDocs {

    private static final DocumentParser PARSER = new DocumentParser(new MarkdownRenderer(), ReviewInterval.parse("180d"));

    private RoadmapDocs() {
    }

    /** An item titled {@code title} with the given front matter lines (each ending in a line break). */
    static Document doc(String slug, String title, String frontMatter) {
        String source = "---\ntitle: " + title + "\n" + frontMatter + "---\n\n## Problem\n\nText.\n";
        try {
            return PARSER.parse("roadmap/" + slug + ".md", source.getBytes(StandardCharsets.UTF_8),
                    new Document.FileStamp(source.length(), Instant.EPOCH)).document();
        } catch (ContentException e) {
            throw new AssertionError(e);
        }
    }
}
