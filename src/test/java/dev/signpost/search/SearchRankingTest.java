package dev.signpost.search;

import dev.signpost.content.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which page comes first for what people type, over the fixed corpus in {@code src/test/resources/search/corpus}.
 * The corpus overlaps on purpose (many pages say deploy, pipeline, release, rollback), so the order is tested,
 * not just whether a page matches at all.
 */
class SearchRankingTest {

    private static final String FEATURE_FLAGS = "practices/release/feature-flags.md";
    private static final String ROLLING_BACK = "practices/release/rolling-back-a-deploy.md";
    private static final String CANARY = "practices/release/canary-releases.md";
    private static final String KUBERNETES = "practices/release/deploying-to-kubernetes.md";
    private static final String DATABASE = "practices/data/database-migrations.md";
    private static final String ON_CALL = "practices/operations/on-call.md";
    private static final String TEAM_RITUALS = "practices/collaboration/team-rituals.md";

    private static Map<String, Document> corpus;
    private static LuceneIndex index;

    @BeforeAll
    static void indexCorpus() {
        List<Document> documents = SearchCorpus.load();
        corpus = documents.stream().collect(Collectors.toMap(Document::path, d -> d));
        index = SearchCorpus.index(documents);
    }

    @AfterAll
    static void closeIndex() throws Exception {
        index.close();
    }

    @Test
    void shouldIndexTheWholeCorpus() {
        assertEquals(25, corpus.size());
        assertEquals(25, index.size());
    }

    @ParameterizedTest(name = "[{index}] {0}  ->  {1}  ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            # query                    | expected first hit                                 | what it shows
            flaky tests                | practices/ci/flaky-tests.md                        | plain words
            feature flags              | practices/release/feature-flags.md                 | plain words
            quarantine                 | practices/ci/flaky-tests.md                        | plain word
            blameless timeline         | practices/operations/incident-reviews.md           | words from body and description
            burn rate                  | practices/operations/alerting.md                   | plain words
            screen reader keyboard     | practices/frontend/accessibility.md                | plain words
            changelog                  | practices/release/release-checklist.md             | plain word
            cosign signature           | practices/security/supply-chain.md                 | plain words
            Pipeline Canary Analysis   | practices/release/deploying-to-kubernetes.md       | case does not matter
            migrating database         | practices/data/database-migrations.md              | stemming: migrating ~ migration
            jenkins migrations         | practices/ci/migrating-from-jenkins.md             | stemming: migrations ~ migrating
            rolled back                | practices/release/rolling-back-a-deploy.md         | stemming: rolled ~ rolling, roll
            rollbacks                  | practices/release/rolling-back-a-deploy.md         | stemming: plural
            rotating secrets           | practices/security/secrets-management.md           | stemming: rotating ~ rotation, rotate
            team's rituals             | practices/collaboration/team-rituals.md            | possessive
            actions/checkout@v4        | practices/ci/github-actions-basics.md              | identifier as written
            checkout@v4                | practices/ci/github-actions-basics.md              | tail of a path identifier
            actions/checkout@v3        | practices/security/dependency-updates.md           | identifier: only this page has v3
            GITHUB_TOKEN               | practices/ci/github-token-permissions.md           | identifier with underscore
            github_token               | practices/ci/github-token-permissions.md           | identifier in lower case
            renovate-config            | practices/security/dependency-updates.md           | kebab-case identifier
            automerge                  | practices/security/dependency-updates.md           | part of automerge-minor-patch
            V7__add_order_status.sql   | practices/data/database-migrations.md              | file name identifier
            aria-label                 | practices/frontend/accessibility.md                | identifier in a list
            kubectl rollout status     | practices/release/deploying-to-kubernetes.md       | words from inline code
            "kill switch"              | practices/release/feature-flags.md                 | quoted phrase
            "error budget"             | practices/operations/alerting.md                   | quoted phrase
            canary                     | practices/release/canary-releases.md               | title beats body mentions
            observability              | practices/operations/observability.md              | title beats tag
            cafe                       | practices/collaboration/team-rituals.md            | accent folding: café
            café                       | practices/collaboration/team-rituals.md            | accent in the query
            zurich                     | practices/operations/on-call.md                    | accent folding: Zürich
            Zürich                     | practices/operations/on-call.md                    | accent in the query
            naive                      | practices/operations/incident-reviews.md           | accent folding: naïve
            rolback                    | practices/release/rolling-back-a-deploy.md         | typo, corrected
            secrts                     | practices/security/secrets-management.md           | typo, corrected
            title:kubernetes           | practices/release/deploying-to-kubernetes.md       | field syntax
            rollback -helm             | practices/release/feature-flags.md                 | exclusion
            rollback AND (             | practices/release/rolling-back-a-deploy.md         | syntax error: searched as words
            "kill switch               | practices/release/feature-flags.md                 | unbalanced quote: searched as words
            """)
    void shouldRankExpectedPageFirst(String query, String expectedFirst, String whatItShows) {
        IndexResult result = search(query);
        assertFalse(result.hits().isEmpty(), () -> "no hits for " + query);
        assertEquals(expectedFirst, result.hits().get(0).path(), () -> whatItShows + "; got " + describe(result));
    }

    // ---- prefix of the last word, for search as you type ----

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            jenkins migr     | practices/ci/migrating-from-jenkins.md
            jenkins migrati  | practices/ci/migrating-from-jenkins.md
            rollb            | practices/release/rolling-back-a-deploy.md
            kuber            | practices/release/deploying-to-kubernetes.md
            quaran           | practices/ci/flaky-tests.md
            GITHUB_TOK       | practices/ci/github-token-permissions.md
            renovate-con     | practices/security/dependency-updates.md
            """)
    void shouldMatchLastWordAsPrefixWithoutSpellingCorrection(String query, String expectedFirst) {
        IndexResult result = search(query);
        assertFalse(result.corrected(), () -> query + " was corrected to " + result.searched());
        assertEquals(expectedFirst, first(query), () -> describe(result));
    }

    @Test
    void shouldNotMatchEarlierWordsAsPrefixes() {
        assertEquals(0, search("jenk migrating").total());
    }

    // ---- stemming and folding: the page never has the word as typed ----

    @Test
    void shouldFindMigrationPageForMigratingThroughStemmingOnly() {
        assertFalse(textOf(DATABASE).contains("migrating"), "premise: the page never says 'migrating'");
        assertEquals(DATABASE, first("migrating database"));
    }

    @Test
    void shouldFindRollbackPageForRolledBackThroughStemmingOnly() {
        assertFalse(textOf(ROLLING_BACK).contains("rolled"), "premise: the page never says 'rolled'");
        assertEquals(ROLLING_BACK, first("rolled back"));
    }

    @Test
    void shouldFindCafeOnlyOnThePageThatWritesCafeWithAnAccent() {
        assertTrue(textOf(TEAM_RITUALS).contains("café") && !textOf(TEAM_RITUALS).contains("cafe "), "premise");
        assertEquals(Set.of(TEAM_RITUALS), paths(search("cafe")));
    }

    // ---- identifiers ----

    @Test
    void shouldNotMatchAnotherVersionOfAnIdentifier() {
        Set<String> v3 = paths(search("actions/checkout@v3"));
        Set<String> v4 = paths(search("actions/checkout@v4"));
        assertEquals(Set.of("practices/security/dependency-updates.md"), v3);
        assertEquals(pagesContaining("actions/checkout@v4"), v4);
        assertTrue(v4.size() >= 4, "premise: several pages use actions/checkout@v4");
    }

    @Test
    void shouldFindEveryPageWithAPathIdentifierByItsTail() {
        assertEquals(paths(search("actions/checkout@v4")), paths(search("checkout@v4")));
    }

    @Test
    void shouldRankAPageThatExplainsAnIdentifierAboveShorterOnesThatOnlyShowItInAListing() throws Exception {
        String listing = "```yaml\nsteps:\n  - uses: actions/setup-node@v4\n```\n";
        try (LuceneIndex small = SearchCorpus.index(List.of(
                SearchCorpus.page("a/build.md", "# Building\n\nBuild it.\n\n" + listing),
                SearchCorpus.page("a/test.md", "# Testing\n\nTest it.\n\n" + listing),
                SearchCorpus.page("a/node.md", "# Node.js in CI\n\nUse `actions/setup-node@v4` and read the version from "
                        + "`.nvmrc`, so that CI runs the Node.js version the team develops with. " + "Caching is on by default. ".repeat(40)
                        + "\n\n" + listing)))) {
            assertEquals("a/node.md", small.search(SearchRequest.of("actions/setup-node@v4")).hits().get(0).path());
            assertEquals("a/node.md", small.search(SearchRequest.of("setup-node@v4")).hits().get(0).path());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"-deploy", "NOT deploy", "-deploy -jenkins", "-\"feature flags\"", "NOT title:rollback"})
    void shouldSayAQueryThatOnlyLeavesThingsOutFindsNothing(String query) {
        IndexResult result = search(query);
        assertTrue(result.excludesOnly(), query);
        assertEquals(0, result.total());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"deploy -jenkins", "deploy NOT jenkins", "deploy", "\"feature flags\" -jenkins"})
    void shouldSearchAQueryThatLooksForSomething(String query) {
        IndexResult result = search(query);
        assertFalse(result.excludesOnly(), query);
        assertTrue(result.total() > 0, query);
    }

    // ---- phrases ----

    @Test
    void shouldMatchQuotedPhraseOnlyWhereTheWordsAreAdjacent() {
        Set<String> apart = paths(search("kill switch"));
        assertTrue(apart.contains(ON_CALL), () -> "premise: the on-call page has both words apart: " + apart);
        assertEquals(Set.of(FEATURE_FLAGS), paths(search("\"kill switch\"")));
    }

    @Test
    void shouldMatchQuotedPhraseThroughStemming() {
        assertEquals(Set.of(FEATURE_FLAGS), paths(search("\"killing switches\"")));
    }

    // ---- title boost ----

    @Test
    void shouldRankPageWithWordInTitleAboveOneThatRepeatsItInTheBody() {
        assertEquals(0, count(corpus.get(CANARY).text().toLowerCase(Locale.ROOT), "canary"), "premise: only the title says canary");
        assertTrue(count(corpus.get(KUBERNETES).text().toLowerCase(Locale.ROOT), "canary") >= 5, "premise: the body says it often");
        List<String> order = search("canary").hits().stream().map(IndexHit::path).toList();
        assertEquals(List.of(CANARY, KUBERNETES), order);
    }

    // ---- spelling ----

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            rolback          | rollback
            secrts           | secrets
            flaky tsts       | flaky tests
            rôlbak           | rollback
            SÉCRÉTZ          | secrets
            """)
    void shouldCorrectTypoWhenQueryFindsNothing(String typo, String correction) {
        IndexResult result = search(typo);
        assertAll(() -> assertTrue(result.corrected()), () -> assertEquals(correction, result.searched()),
                () -> assertEquals(paths(search(correction)), paths(result)));
    }

    @Test
    void shouldNotCorrectQueryThatFindsSomething() {
        IndexResult result = search("rollback");
        assertFalse(result.corrected());
        assertEquals("rollback", result.searched());
    }

    @Test
    void shouldNotCorrectIdentifiersOrPhrases() {
        assertEquals(0, search("actions/checkout@v9").total());
        assertFalse(search("actions/checkout@v9").corrected());
        assertFalse(search("\"rolback flow\"").corrected());
    }

    // ---- odd input ----

    @ParameterizedTest
    @ValueSource(strings = {"rollback AND (", "title:", "a/b:c(", "\"kill switch", "(((", ")", "*", "?", "~", "-", "+",
            "!", "AND", "OR", "NOT", "rollback OR", "[a TO", "{}", "title:(", ":", "\\", "\"\"", "rollback~3", "rollb*ck",
            "/regex/", "https://example.com/a?b=c#d", "title:rollback^", "body:", "unknown:field", "&&", "||", "^2",
            "rollback^abc", "@", "#deploy", "C++", "GITHUB_TOKEN:", "actions/", "/", "//", "a:b:c:d"})
    void shouldAnswerMalformedQueryWithoutException(String query) {
        IndexResult result = search(query);
        assertEquals(result.total() == 0, result.hits().isEmpty(), () -> query + ": " + describe(result));
    }

    @Test
    void shouldAnswerQueryWithManyWordsWithoutException() {
        String manyWords = "deploy b c d e f g h i j k l m n o p q r s t u v w x y z ".repeat(20);
        IndexResult result = search(manyWords);
        assertEquals(0, result.total());
    }

    @ParameterizedTest
    @ValueSource(strings = {"rollback AND", "rollback OR", "rollback NOT", "AND rollback", "rollback AND OR"})
    void shouldSearchADanglingOperatorAsAPlainWord(String query) {
        assertEquals(paths(search("rollback")), paths(search(query)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"🚀 rollback", "rollback 🚀", "rollback✅", "🔥rollback"})
    void shouldIgnoreEmojiInAQuery(String query) {
        assertEquals(paths(search("rollback")), paths(search(query)));
    }

    @Test
    void shouldStillFindPagesForQueryWithSyntaxErrors() {
        assertEquals(paths(search("kill switch")), paths(search("\"kill switch")));
        assertEquals(paths(search("rollback")), paths(search("rollback AND (")));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n", "\u0000"})
    void shouldReturnEmptyResultForBlankQuery(String query) {
        IndexResult result = index.search(new SearchRequest(query, null, null, null, null, 1, 10));
        assertAll(() -> assertEquals(0, result.total()), () -> assertTrue(result.hits().isEmpty()),
                () -> assertTrue(result.types().isEmpty()), () -> assertFalse(result.corrected()));
    }

    @Test
    void shouldReturnEmptyResultForStopWordsOnly() {
        assertEquals(0, search("the of and").total());
    }

    // ---- operators and fields ----

    @Test
    void shouldRequireEveryWordByDefaultAndEitherWithOr() {
        Set<String> jenkins = paths(search("jenkins"));
        Set<String> vault = paths(search("vault"));
        Set<String> either = new LinkedHashSet<>(jenkins);
        either.addAll(vault);
        assertTrue(either.size() > Math.max(jenkins.size(), vault.size()), "premise: the words are on different pages");
        assertEquals(either, paths(search("jenkins OR vault")));
        assertEquals(intersection(jenkins, vault), paths(search("jenkins vault")));
    }

    @Test
    void shouldExcludePagesWithMinusWord() {
        Set<String> rollback = paths(search("rollback"));
        Set<String> helm = paths(search("helm"));
        assertTrue(rollback.contains(ROLLING_BACK) && helm.contains(ROLLING_BACK), "premise");
        Set<String> expected = new LinkedHashSet<>(rollback);
        expected.removeAll(helm);
        assertFalse(expected.isEmpty(), "premise: some rollback pages do not mention helm");
        assertEquals(expected, paths(search("rollback -helm")));
    }

    @Test
    void shouldSearchOnlyTheTitleWithTitleField() {
        assertTrue(paths(search("flags")).size() > 1, "premise: several pages mention flags");
        assertEquals(Set.of(FEATURE_FLAGS), paths(search("title:flags")));
        assertEquals(Set.of(FEATURE_FLAGS), paths(search("Title:\"feature flags\"")));
        assertEquals(Set.of(ROLLING_BACK), paths(search("title:rolling")));
    }

    @Test
    void shouldSearchTagsWithTagField() {
        Set<String> tagged = corpus.values().stream().filter(d -> d.tags().contains("observability")).map(Document::path)
                .collect(Collectors.toSet());
        assertEquals(tagged, paths(search("tag:observability")));
    }

    // ---- filters and facets ----

    @Test
    void shouldCountFacetsOverAllMatchesAsTheCorpusHoldsThem() {
        IndexResult result = searchAll("deploy", null, null, null);
        assertTrue(result.total() >= 8, "premise: deploy is on many pages");
        Set<String> hits = paths(result);
        assertEquals(result.total(), hits.size());
        assertEquals(Map.of("page", hits.size()), result.types());
        assertEquals(tagCounts(hits), result.tags());
    }

    @Test
    void shouldNarrowToTypeAndCountOnlyThatType() {
        IndexResult all = searchAll("deploy", null, null, null);
        IndexResult pages = searchAll("deploy", "page", null, null);
        IndexResult tools = searchAll("deploy", "tool", null, null);
        assertEquals(paths(all), paths(pages));
        assertEquals(0, tools.total());
        assertEquals(Map.of(), tools.types());
    }

    @Test
    void shouldNarrowToTagAndCountFacetsOverTheNarrowedMatches() {
        Set<String> all = paths(searchAll("deploy", null, null, null));
        IndexResult security = searchAll("deploy", null, "security", null);
        Set<String> expected = matching(all, d -> d.tags().contains("security"));
        assertFalse(expected.isEmpty(), "premise");
        assertNotEquals(all, expected, "premise");
        assertEquals(expected, paths(security));
        assertEquals(Integer.valueOf(expected.size()), security.tags().get("security"));
        assertEquals(tagCounts(expected), security.tags());
    }

    @Test
    void shouldNarrowToSection() {
        Set<String> all = paths(searchAll("deploy", null, null, null));
        Set<String> expected = matching(all, d -> d.url().startsWith("/docs/practices/release"));
        assertNotEquals(all, expected, "premise");
        assertEquals(expected, paths(searchAll("deploy", null, null, "/docs/practices/release")));
        assertEquals(expected, paths(searchAll("deploy", null, null, "/docs/practices/release/")));
        assertEquals(Set.of(ROLLING_BACK), paths(searchAll("deploy", null, null, "/docs/practices/release/rolling-back-a-deploy")));
        assertEquals(0, searchAll("deploy", null, null, "/docs/practices/rel").total(), "a section is a whole folder name");
    }

    @Test
    void shouldNarrowToOwner() {
        Set<String> all = paths(searchAll("deploy", null, null, null));
        IndexResult owned = index.search(new SearchRequest("deploy", null, null, "release-engineering", null, 1, 50));
        Set<String> expected = matching(all, d -> d.owner().equals("release-engineering"));
        assertNotEquals(all, expected, "premise");
        assertEquals(expected, paths(owned));
    }

    @Test
    void shouldPageThroughAllMatchesWithoutRepeats() {
        IndexResult all = searchAll("deploy", null, null, null);
        List<String> paged = new ArrayList<>();
        int pages = (int) ((all.total() + 4) / 5);
        assertTrue(pages > 1, "premise: more than one page of five");
        for (int page = 1; page <= pages; page++) {
            IndexResult one = index.search(new SearchRequest("deploy", null, null, null, null, page, 5));
            assertEquals(all.total(), one.total());
            one.hits().forEach(h -> paged.add(h.path()));
        }
        assertEquals(all.hits().stream().map(IndexHit::path).toList(), paged);
    }

    @Test
    void shouldAnswerAPageBeyondTheLastWithTheLastPage() {
        IndexResult all = searchAll("deploy", null, null, null);
        int lastPage = (int) ((all.total() + 4) / 5);
        assertTrue(lastPage > 1 && lastPage < 99, "premise: deploy matches several pages of five");
        IndexResult last = index.search(new SearchRequest("deploy", null, null, null, null, lastPage, 5));
        IndexResult beyond = index.search(new SearchRequest("deploy", null, null, null, null, 99, 5));
        assertFalse(beyond.hits().isEmpty(), "a page past the end still shows results");
        assertEquals(paths(last), paths(beyond));
    }

    // ---- helpers ----

    private static IndexResult search(String query) {
        return index.search(SearchRequest.of(query));
    }

    private static IndexResult searchAll(String query, String type, String tag, String section) {
        return index.search(new SearchRequest(query, type, tag, null, section, 1, 50));
    }

    private static String first(String query) {
        IndexResult result = search(query);
        return result.hits().isEmpty() ? null : result.hits().get(0).path();
    }

    private static Set<String> paths(IndexResult result) {
        return result.hits().stream().map(IndexHit::path).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<String> matching(Set<String> paths, Predicate<Document> condition) {
        return paths.stream().filter(p -> condition.test(corpus.get(p))).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> both = new LinkedHashSet<>(a);
        both.retainAll(b);
        return both;
    }

    private static Map<String, Integer> tagCounts(Set<String> paths) {
        Map<String, Integer> counts = new HashMap<>();
        paths.forEach(p -> corpus.get(p).tags().forEach(t -> counts.merge(t, 1, Integer::sum)));
        return counts;
    }

    private static Set<String> pagesContaining(String text) {
        return corpus.keySet().stream().filter(p -> textOf(p).contains(text)).collect(Collectors.toSet());
    }

    private static String textOf(String path) {
        Document doc = corpus.get(path);
        return (doc.title() + "\n" + doc.description() + "\n" + doc.text()).toLowerCase(Locale.ROOT);
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            n++;
        }
        return n;
    }

    private static String describe(IndexResult result) {
        return result.total() + " hits " + result.hits().stream().limit(5)
                .map(h -> h.path() + String.format(" (%.2f)", h.score())).toList();
    }
}
