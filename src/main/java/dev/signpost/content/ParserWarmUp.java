package dev.signpost.content;

import dev.signpost.content.markdown.MarkdownRenderer;
import java.nio.charset.StandardCharsets;
import org.jboss.logging.Logger;

/**
 * Parses a sample page a few times, without the render cache, so the first edit after a start is not the one that
 * loads and compiles the Markdown parser. Needed because a start over a warm render cache reads every body from disk
 * and never runs the parser: the first edit then paid ~300 ms of class loading and interpretation (the benchmark's
 * edit-to-served maximum). Runs on a background thread after the first load; its result is thrown away.
 */
public final class ParserWarmUp {

    private static final Logger LOG = Logger.getLogger(ParserWarmUp.class);
    static final int ROUNDS = 30;

    /** Uses the features the renderer has: front matter, headings, lists, tables, code, admonitions, links, footnotes. */
    static final String SAMPLE = """
            ---
            title: Warm-up
            owner: nobody
            tags: [a, b]
            reviewed: 2026-01-01
            ---
            # Warm-up

            Some *emphasis*, **strong**, `code`, ~~struck~~, a [link](other.md#part), an <https://example.org> and a note[^1].

            ## A list

            - one
            - [x] done
              1. nested

            | a | b |
            |---|--:|
            | 1 | 2 |

            !!! note "Title"
                Inside an admonition.

            ```java
            class A {}
            ```

            Term
            : Definition

            > quoted

            [^1]: The note.
            """;

    private ParserWarmUp() {
    }

    /** Parses the sample {@value #ROUNDS} times; never throws. */
    public static void run() {
        long start = System.nanoTime();
        DocumentParser parser = new DocumentParser(new MarkdownRenderer(), new ReviewInterval(180, 'd'));
        byte[] bytes = SAMPLE.getBytes(StandardCharsets.UTF_8);
        try {
            for (int i = 0; i < ROUNDS; i++) {
                parser.parse("warm-up/page-" + i + ".md", bytes, null);
            }
            LOG.debugf("Markdown parser warmed up in %d ms", (System.nanoTime() - start) / 1_000_000);
        } catch (ContentException | RuntimeException e) {
            LOG.debugf("Warming up the Markdown parser failed: %s", e);
        }
    }
}
