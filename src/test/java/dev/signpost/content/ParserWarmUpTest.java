package dev.signpost.content;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.signpost.content.markdown.MarkdownRenderer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The warm-up's sample goes through every part of the parser it is meant to load, and parses cleanly. */
class ParserWarmUpTest {

    @Test
    void theSampleUsesEachFeatureOfTheRendererAndParsesWithoutWarnings() throws ContentException {
        DocumentParser.Parsed parsed = new DocumentParser(new MarkdownRenderer(), new ReviewInterval(180, 'd'))
                .parse("warm-up/page.md", ParserWarmUp.SAMPLE.getBytes(StandardCharsets.UTF_8), null);

        assertEquals(List.of(), parsed.warnings());
        Document doc = parsed.document();
        assertEquals("Warm-up", doc.title());
        assertEquals(List.of("a", "b"), doc.tags());
        assertFalse(doc.links().isEmpty());
        Element body = Jsoup.parseBodyFragment(doc.html()).body();
        for (String feature : List.of("table", "pre code.language-java", "input[type=checkbox]", "dl dt", "blockquote",
                "del", "ol", "section.footnotes, .footnotes, sup")) {
            assertEquals(1, Math.min(1, body.select(feature).size()), "the sample has " + feature + ":\n" + doc.html());
        }
        assertTrue(doc.html().contains("admonition"), doc.html());
    }

    @Test
    void runningItNeverThrows() {
        assertDoesNotThrow(ParserWarmUp::run);
    }
}
