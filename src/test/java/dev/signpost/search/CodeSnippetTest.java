package dev.signpost.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A match in a code block, shown as the block's lines around it: line breaks and indentation kept, matches marked. */
class CodeSnippetTest {

    private static final String JSON = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {
                  "Effect": "Allow",
                  "Action": "sts:AssumeRoleWithWebIdentity",
                  "Condition": {
                    "StringEquals": {}
                  }
                }
              ]
            }
            """;

    private static List<String> marked(Snippet snippet) {
        return snippet.parts().stream().filter(Snippet.Part::match).map(Snippet.Part::text).toList();
    }

    @Test
    void shouldShowTheMatchingLineWithALineEitherSideAsWritten() {
        Snippet snippet = CodeSnippet.of(JSON, List.of("AssumeRoleWithWebIdentity"));
        assertTrue(snippet.code());
        assertEquals("      \"Effect\": \"Allow\",\n      \"Action\": \"sts:AssumeRoleWithWebIdentity\",\n      \"Condition\": {",
                snippet.text());
        assertEquals(List.of("AssumeRoleWithWebIdentity"), marked(snippet));
    }

    @Test
    void shouldMarkEveryOccurrenceOfEachWordWhateverItsCase() {
        Snippet snippet = CodeSnippet.of("a: 1\nstatement: Statement\nb: 2\n", List.of("statement"));
        assertEquals(List.of("statement", "Statement"), marked(snippet));
        assertEquals("a: 1\nstatement: Statement\nb: 2", snippet.text());
    }

    @Test
    void shouldTakeInTheLinesBetweenNearbyMatchesButNoMoreThanFiveLines() {
        String block = "one\ntwo\nmatch here\nfour\nmatch again\nsix\nseven\nmatch late\n";
        Snippet snippet = CodeSnippet.of(block, List.of("match"));
        assertEquals("two\nmatch here\nfour\nmatch again\nsix", snippet.text());
        assertEquals(CodeSnippet.MAX_LINES, snippet.text().split("\n").length);
    }

    @Test
    void shouldCutALongLineAroundItsMatch() {
        String minified = "{\"a\":\"" + "x".repeat(300) + "\",\"needle\":true,\"b\":\"" + "y".repeat(300) + "\"}";
        Snippet snippet = CodeSnippet.of(minified, List.of("needle"));
        String text = snippet.text();
        assertTrue(text.startsWith("…") && text.endsWith("…"), text);
        assertEquals(CodeSnippet.MAX_LINE + 2, text.length());
        assertEquals(List.of("needle"), marked(snippet));
    }

    @Test
    void shouldKeepMarkupAsTextAndGiveNothingWithoutAMatch() {
        Snippet snippet = CodeSnippet.of("<script>alert('x')</script>\n", List.of("alert"));
        assertEquals("<script>alert('x')</script>", snippet.text(), "plain text; the template escapes it");
        assertTrue(CodeSnippet.of(JSON, List.of("nowhere")).isEmpty());
        assertTrue(CodeSnippet.of(JSON, List.of(" ")).isEmpty());
    }

    @Test
    void shouldFindEachCodeBlockInTheFlattenedText() {
        String html = "<p>Intro words.</p><pre><code>{\n  \"a\": 1\n}</code></pre><p>Then more.</p><pre>x  y</pre>";
        String text = org.jsoup.Jsoup.parseBodyFragment(html).body().text();
        List<CodeBlocks.Block> blocks = CodeBlocks.of(text, html);
        assertEquals(2, blocks.size());
        assertEquals(text.indexOf('{'), blocks.get(0).start(), "after the intro: " + text);
        assertEquals(text.indexOf("x  y"), blocks.get(1).start());
        assertEquals("{\n  \"a\": 1\n}", blocks.get(0).written());
        assertEquals("x  y", blocks.get(1).written());
    }
}
