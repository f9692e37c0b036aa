package dev.signpost.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The terms each analyzer makes of a text: what a query and a page must have in common to match. */
class SearchAnalyzersTest {

    private final Analyzer prose = SearchAnalyzers.prose();
    private final Analyzer identifiersWithTails = SearchAnalyzers.identifiers(true);
    private final Analyzer identifiersWithoutTails = SearchAnalyzers.identifiers(false);

    // ---- prose ----

    @Test
    void shouldStemWordFormsToTheSameTerm() {
        assertEquals(List.of("migrat", "migrat", "migrat", "migrat"), terms(prose, "migrating migration migrations migrated"));
        assertEquals(List.of("roll", "roll", "rollback", "rollback"), terms(prose, "rolled rolling rollback rollbacks"));
    }

    @Test
    void shouldDropEnglishStopWords() {
        assertEquals(List.of("rollback", "deploi"), terms(prose, "The rollback of a deploy"));
    }

    @Test
    void shouldKeepPositionsOfDroppedStopWordsSoPhrasesDoNotJoinAcrossThem() {
        assertEquals(List.of(1, 2), increments(prose, "kill the switch"));
    }

    @Test
    void shouldFoldCaseAndAccents() {
        assertEquals(List.of("cafe", "zurich", "naiv", "sao", "paulo"), terms(prose, "Café ZÜRICH naïve São Paulo"));
    }

    @Test
    void shouldDropEmojiSoThatTheyNeverHaveToMatch() {
        assertEquals(List.of("rollback", "deploi"), terms(prose, "🚀 rollback ✅ deploy👍"));
        assertEquals(List.of("rollback"), terms(SearchAnalyzers.words(), "🔥rollback"));
    }

    @Test
    void shouldDropPossessives() {
        assertEquals(List.of("team", "runbook"), terms(prose, "the team's runbook"));
        assertEquals(terms(prose, "team"), terms(prose, "Team’s"));
    }

    @Test
    void shouldSplitKebabCaseButKeepUnderscoredWordsTogether() {
        assertEquals(List.of("kebab", "case", "word"), terms(prose, "kebab-case-words"));
        assertEquals(List.of("github_token"), terms(prose, "GITHUB_TOKEN"));
    }

    @Test
    void shouldNormalizePrefixesWithFoldingButWithoutStemming() {
        assertEquals("zuri", prose.normalize(SearchFields.BODY, "Züri").utf8ToString());
        assertEquals("migrating", prose.normalize(SearchFields.BODY, "Migrating").utf8ToString());
    }

    @Test
    void shouldKeepSpellingWordsUnstemmedWithStopWords() {
        assertEquals(List.of("the", "rollbacks", "cafe"), terms(SearchAnalyzers.words(), "The rollbacks Café"));
    }

    // ---- identifiers ----

    @Test
    void shouldKeepIdentifiersWhole() {
        assertEquals(List.of("actions/checkout@v4", "github_token", "renovate-config", "v1.2.3", "x86_64"),
                terms(identifiersWithoutTails, "uses actions/checkout@v4 with GITHUB_TOKEN and renovate-config at v1.2.3 on x86_64"));
    }

    @Test
    void shouldAddEveryTailOfAPathAtTheSamePosition() {
        assertEquals(List.of("actions/checkout@v4", "checkout@v4"), terms(identifiersWithTails, "actions/checkout@v4"));
        assertEquals(List.of("acme/workflows/build.yml@v2", "workflows/build.yml@v2", "build.yml@v2"),
                terms(identifiersWithTails, "acme/workflows/build.yml@v2"));
        assertEquals(List.of(1, 0, 0), increments(identifiersWithTails, "acme/workflows/build.yml@v2"));
    }

    @Test
    void shouldNotAddTailsAtQueryTime() {
        assertEquals(List.of("actions/checkout@v4"), terms(identifiersWithoutTails, "actions/checkout@v4"));
    }

    @Test
    void shouldNotAddAnEmptyTailForATrailingSlash() {
        assertEquals(List.of("deploy/chart/", "chart/"), terms(identifiersWithTails, "deploy/chart/"));
        assertEquals(List.of(), terms(identifiersWithTails, "/"));
    }

    @Test
    void shouldTrimSurroundingPunctuation() {
        assertEquals(List.of("renovate-config", "v1.2.3", "actions/cache@v4", "github_token", "a-b"),
                terms(identifiersWithoutTails, "(`renovate-config`), **v1.2.3**. \"actions/cache@v4\"; [GITHUB_TOKEN]: <a-b>!"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain words only", "42 1999", "-- ... // @@", "a", "a>b/c", "key=value", "x*y"})
    void shouldDropTokensThatAreNotIdentifiers(String text) {
        assertEquals(List.of(), terms(identifiersWithTails, text));
    }

    @Test
    void shouldDropOverlongTokens() {
        String overlong = "a-" + "b".repeat(199);
        assertEquals(List.of(), terms(identifiersWithTails, overlong));
        assertEquals(1, terms(identifiersWithTails, overlong.substring(1)).size());
    }

    @Test
    void shouldCountDroppedWordsInPositionsOfIdentifiers() {
        assertEquals(List.of(4, 2), increments(identifiersWithoutTails, "please use the actions/checkout@v4 action v4"));
    }

    @Test
    void shouldLowerCaseAndFoldIdentifiersLikeTheirQueryPrefixes() {
        String indexed = terms(identifiersWithTails, "Zürich-Office").get(0);
        String prefix = identifiersWithoutTails.normalize(SearchFields.IDENT, "Zürich-Off").utf8ToString();
        assertTrue(indexed.startsWith(prefix), () -> indexed + " should start with " + prefix);
        assertEquals(terms(identifiersWithoutTails, "zurich-office"), terms(identifiersWithTails, "Zürich-Office"));
    }

    // ---- per field ----

    @Test
    void shouldUseIdentifiersForTheIdentFieldAndProseElsewhere() {
        Analyzer indexing = SearchAnalyzers.indexing();
        Analyzer querying = SearchAnalyzers.querying();
        assertEquals(List.of("actions/checkout@v4", "checkout@v4"), terms(indexing, SearchFields.IDENT, "actions/checkout@v4"));
        assertEquals(List.of("actions/checkout@v4"), terms(querying, SearchFields.IDENT, "actions/checkout@v4"));
        assertEquals(List.of("action", "checkout", "v4"), terms(indexing, SearchFields.BODY, "actions/checkout@v4"));
        assertEquals(List.of("action", "checkout", "v4"), terms(querying, SearchFields.TITLE, "actions/checkout@v4"));
        assertEquals(List.of("migrating"), terms(indexing, SearchFields.SPELL, "Migrating"));
    }

    // ---- helpers ----

    private static List<String> terms(Analyzer analyzer, String text) {
        return terms(analyzer, "field", text);
    }

    private static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        consume(analyzer, field, text, stream -> terms.add(stream.getAttribute(CharTermAttribute.class).toString()));
        return terms;
    }

    private static List<Integer> increments(Analyzer analyzer, String text) {
        List<Integer> increments = new ArrayList<>();
        consume(analyzer, "field", text,
                stream -> increments.add(stream.getAttribute(PositionIncrementAttribute.class).getPositionIncrement()));
        return increments;
    }

    private static void consume(Analyzer analyzer, String field, String text, Consumer<TokenStream> each) {
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            stream.addAttribute(CharTermAttribute.class);
            stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                each.accept(stream);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
