package dev.signpost.search;

import dev.signpost.content.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Snippets: the document's own text around the matches, as plain parts with the matching words marked. */
class SnippetTest {

    private static final String ELLIPSIS = " … ";
    private static final String FILLER = "Nothing of interest happens in this sentence, which is here only to take up space. ";

    private static Map<String, Document> documents;
    private static LuceneIndex index;

    @BeforeAll
    static void indexPages() {
        List<Document> pages = List.of(
                SearchCorpus.page("jenkins.md", """
                        ---
                        title: Leaving the old build server
                        description: Moving every job to GitHub Actions.
                        ---
                        We are migrating every job this quarter. Each team owns its own move.
                        """),
                SearchCorpus.page("embedding.md", """
                        ---
                        title: Embedding the status widget
                        description: Put the widget on any internal page.
                        ---
                        Add the widget tag to the page:

                        ```html
                        <script src="/status/widget.js"></script>
                        <b>Status</b> &amp; more
                        ```

                        The widget loads itself when the page is ready.
                        """),
                SearchCorpus.page("long.md", "---\ntitle: A long page\n---\n"
                        + "Start with a rollback when in doubt. " + FILLER.repeat(12)
                        + "Writing the review comes after the rollback is done. " + FILLER.repeat(3) + "\n"),
                SearchCorpus.page("etiquette.md", """
                        ---
                        title: Paging etiquette
                        description: How to wake a colleague at night and still be friends in the morning.
                        ---
                        Page the secondary only after fifteen minutes without progress on your own.
                        """),
                SearchCorpus.page("untitled.md", "---\ntitle: Glossary of terms\n---\n" + FILLER.repeat(6) + "\n"),
                SearchCorpus.page("switches.md", """
                        ---
                        title: Flags
                        ---
                        Kill the pod, then switch traffic. Every change keeps a kill switch in the flag service.
                        """),
                SearchCorpus.page("deploying.md", """
                        ---
                        title: Shipping
                        ---
                        Deploying on Fridays is fine when the pipeline is green.
                        """));
        documents = pages.stream().collect(Collectors.toMap(Document::path, Function.identity()));
        index = SearchCorpus.index(pages);
    }

    @AfterAll
    static void closeIndex() throws Exception {
        index.close();
    }

    @Test
    void shouldMarkStemmedVariantOfTheQueryWord() {
        Snippet snippet = snippet("migrate", "jenkins.md");
        assertEquals(List.of("migrating"), marked(snippet));
        assertTrue(snippet.text().startsWith("We are migrating every job"), snippet.text());
    }

    @Test
    void shouldMarkEveryMatchingWordOfTheQuery() {
        assertEquals(List.of("Fridays", "pipeline"), marked(snippet("friday pipeline", "deploying.md")));
    }

    @Test
    void shouldMarkAWordMatchedBothWholeAndAsPrefixOnce() {
        // "green" matches as a word and, being the last word, as the prefix green*
        Snippet snippet = snippet("green", "deploying.md");
        assertEquals(List.of("green"), marked(snippet));
        assertEquals(documents.get("deploying.md").text(), snippet.text());
    }

    @Test
    void shouldMarkPhraseOnlyWhereItsWordsAreAdjacent() {
        // "Kill the pod, then switch traffic" has both words apart: neither is marked there
        assertEquals(List.of("kill switch"), marked(snippet("\"kill switch\"", "switches.md")));
    }

    @Test
    void shouldGiveMarkupInTheTextAsPlainTextParts() {
        Snippet snippet = snippet("widget", "embedding.md");
        String text = documents.get("embedding.md").text();
        assertTrue(text.contains("<script src=\"/status/widget.js\"></script>"), () -> "premise: " + text);
        assertTrue(snippet.text().contains("<script src=\"/status/"), snippet.text());
        assertTrue(snippet.text().contains("<b>Status</b> &amp; more"), snippet.text());
        for (Snippet.Part part : snippet.parts()) {
            for (String piece : part.text().split(ELLIPSIS)) {
                assertTrue(text.contains(piece), () -> "every part is text of the page, unescaped and without added markup: " + part);
            }
        }
    }

    @Test
    void shouldJoinDistantPassagesWithAnEllipsis() {
        Snippet snippet = snippet("rollback", "long.md");
        assertEquals(List.of("rollback", "rollback"), marked(snippet));
        assertEquals("Start with a rollback when in doubt." + ELLIPSIS + "Writing the review comes after the rollback is done. ",
                snippet.text());
    }

    @Test
    void shouldShowUnmarkedDescriptionWhenOnlyTheTitleMatches() {
        Snippet snippet = snippet("etiquette", "etiquette.md");
        assertEquals(List.of(new Snippet.Part("How to wake a colleague at night and still be friends in the morning.", false)),
                snippet.parts());
    }

    @Test
    void shouldShowUnmarkedStartOfBodyWhenOnlyTheTitleMatchesAndThereIsNoDescription() {
        Snippet snippet = snippet("glossary", "untitled.md");
        String body = documents.get("untitled.md").text();
        assertEquals(1, snippet.parts().size(), snippet.parts()::toString);
        assertFalse(snippet.parts().get(0).match());
        assertTrue(snippet.text().endsWith(" …"), snippet.text());
        String lead = snippet.text().substring(0, snippet.text().length() - 2);
        assertTrue(body.startsWith(lead) && lead.length() <= 240 && lead.length() > 200, lead);
    }

    private static Snippet snippet(String query, String path) {
        IndexResult result = index.search(SearchRequest.of(query));
        return result.hits().stream().filter(h -> h.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError(path + " not found for " + query + ": " + result.hits()))
                .snippet();
    }

    private static List<String> marked(Snippet snippet) {
        return snippet.parts().stream().filter(Snippet.Part::match).map(Snippet.Part::text).toList();
    }
}
