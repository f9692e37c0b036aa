package dev.signpost.content;

import dev.signpost.content.markdown.Heading;
import dev.signpost.content.markdown.MarkdownRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentParserTest {

    private final DocumentParser parser = new DocumentParser(new MarkdownRenderer(), ReviewInterval.parse("180d"));

    private DocumentParser.Parsed parse(String path, String source) throws ContentException {
        byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
        return parser.parse(path, bytes, new Document.FileStamp(bytes.length, Instant.EPOCH));
    }

    private Document doc(String path, String source) throws ContentException {
        return parse(path, source).document();
    }

    private static org.jsoup.nodes.Document html(Document doc) {
        return Jsoup.parseBodyFragment(doc.html());
    }

    // ---- titles ----

    @Test
    void shouldTakeTitleFromFrontMatter() throws Exception {
        Document d = doc("practices/ci.md", "---\ntitle: Continuous Integration\nsidebar_label: CI\n---\n# Something else\n\ntext\n");
        assertEquals("Continuous Integration", d.title());
    }

    @Test
    void shouldStripWhitespaceAroundDeclaredTitle() throws Exception {
        Document d = doc("practices/ci.md", "---\ntitle: '  Padded  '\n---\ntext\n");
        assertEquals("Padded", d.title());
    }

    @Test
    void shouldTakeNumericTitleAsText() throws Exception {
        Document d = doc("practices/ci.md", "---\ntitle: 2024\n---\ntext\n");
        assertEquals("2024", d.title());
    }

    @Test
    void shouldTakeTitleFromSidebarLabelWhenNoTitle() throws Exception {
        Document d = doc("practices/ci.md", "---\nsidebar_label: CI basics\n---\ntext\n");
        assertEquals("CI basics", d.title());
    }

    @Test
    void shouldTakeTitleFromLeadingH1WhenNoFrontMatterTitle() throws Exception {
        Document d = doc("practices/ci.md", "# Continuous Integration\n\nSome text.\n");
        assertEquals("Continuous Integration", d.title());
    }

    @Test
    void shouldRemoveLeadingH1UsedAsTitleFromHtml() throws Exception {
        Document d = doc("practices/ci.md", "# Continuous Integration\n\nSome text.\n\n## Details\n");
        org.jsoup.nodes.Document html = html(d);
        assertTrue(html.select("h1").isEmpty(), d.html());
        assertEquals("Some text.", html.body().child(0).text());
        assertEquals(List.of("details"), d.headings().stream().map(Heading::id).toList());
    }

    @Test
    void shouldTakeTitleFromLeadingH1EvenWithOtherFrontMatter() throws Exception {
        Document d = doc("practices/ci.md", "---\nowner: platform\n---\n# From Heading\n\ntext\n");
        assertEquals("From Heading", d.title());
        assertTrue(html(d).select("h1").isEmpty());
    }

    @Test
    void shouldHumaniseFileNameWhenNoTitleAtAll() throws Exception {
        Document d = doc("practices/rolling-back_a-deploy.md", "Just text.\n");
        assertEquals("Rolling back a deploy", d.title());
    }

    @Test
    void shouldNotUseLaterH1AsTitle() throws Exception {
        Document d = doc("practices/ci-setup.md", "Intro paragraph.\n\n# Later Heading\n");
        assertEquals("Ci setup", d.title());
        assertEquals(1, html(d).select("h1").size());
    }

    @Test
    void shouldNameFolderPageAfterFolder() throws Exception {
        assertEquals("Release process", doc("practices/release-process/index.md", "text\n").title());
        assertEquals("Release process", doc("practices/release-process/README.md", "text\n").title());
    }

    @Test
    void shouldNameRootIndexHome() throws Exception {
        assertEquals("Home", doc("index.md", "Welcome.\n").title());
        assertEquals("Home", doc("README.md", "Welcome.\n").title());
    }

    @Test
    void shouldDropLeadingH1ThatRepeatsTitle() throws Exception {
        Document d = doc("practices/ci.md", "---\ntitle: Continuous Integration\n---\n# continuous integration\n\ntext\n");
        assertEquals("Continuous Integration", d.title());
        assertTrue(html(d).select("h1").isEmpty(), d.html());
    }

    @Test
    void shouldKeepLeadingH1ThatDiffersFromTitle() throws Exception {
        Document d = doc("practices/ci.md", "---\ntitle: CI\n---\n# Continuous Integration in depth\n\ntext\n");
        assertEquals("CI", d.title());
        org.jsoup.nodes.Document html = html(d);
        assertEquals(1, html.select("h1").size());
        assertEquals("Continuous Integration in depth", html.selectFirst("h1").ownText());
        assertEquals(1, d.headings().size());
        assertEquals(1, d.headings().get(0).level());
    }

    // ---- description / owner ----

    @Test
    void shouldReadDescriptionAndOwnerOrDefaultToEmpty() throws Exception {
        Document d = doc("a.md", "---\ndescription: ' What this is '\nowner: team-x\n---\ntext");
        assertEquals("What this is", d.description());
        assertEquals("team-x", d.owner());
        Document none = doc("b.md", "text");
        assertEquals("", none.description());
        assertEquals("", none.owner());
    }

    @Test
    void shouldWarnWhenTitleIsNotText() throws Exception {
        DocumentParser.Parsed p = parse("practices/ci.md", "---\ntitle: [a, b]\n---\ntext\n");
        assertEquals("Ci", p.document().title());
        assertEquals(1, p.warnings().size());
        assertTrue(p.warnings().get(0).message().contains("title"));
    }

    // ---- tags ----

    @Test
    void shouldReadTagsFromList() throws Exception {
        assertEquals(List.of("ci", "release"), doc("a.md", "---\ntags: [ci, release]\n---\n").tags());
    }

    @Test
    void shouldReadTagsFromCommaSeparatedString() throws Exception {
        assertEquals(List.of("ci", "release", "security"), doc("a.md", "---\ntags: ci, release ,security\n---\n").tags());
    }

    @Test
    void shouldNormaliseTagsToLowerCaseKebab() throws Exception {
        Document d = doc("a.md", "---\ntags:\n  - Release Process\n  - CI/CD\n  - '  Mixed   Case  '\n---\n");
        assertEquals(List.of("release-process", "ci-cd", "mixed-case"), d.tags());
    }

    @Test
    void shouldDeduplicateTagsKeepingFirstOccurrenceOrder() throws Exception {
        Document d = doc("a.md", "---\ntags: [CI, release, ci, Release, ' ci ']\n---\n");
        assertEquals(List.of("ci", "release"), d.tags());
    }

    @Test
    void shouldSkipEmptyTags() throws Exception {
        assertEquals(List.of("a", "b"), doc("a.md", "---\ntags: 'a,, ,b,'\n---\n").tags());
    }

    @Test
    void shouldReadDocusaurusTagObjectsByLabel() throws Exception {
        Document d = doc("a.md", "---\ntags:\n  - label: Getting Started\n    permalink: /start\n  - plain\n---\n");
        assertEquals(List.of("getting-started", "plain"), d.tags());
    }

    @Test
    void shouldHaveNoTagsByDefault() throws Exception {
        assertTrue(doc("a.md", "text").tags().isEmpty());
    }

    // ---- order ----

    @Test
    void shouldReadOrder() throws Exception {
        assertEquals(3, doc("a.md", "---\norder: 3\n---\n").order());
    }

    @Test
    void shouldHaveNullOrderByDefault() throws Exception {
        assertNull(doc("a.md", "text").order());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"sidebar_position, 4", "nav_order, 7", "weight, 12"})
    void shouldReadOrderFromAliases(String key, int value) throws Exception {
        assertEquals(value, doc("a.md", "---\n" + key + ": " + value + "\n---\n").order());
    }

    @Test
    void shouldPreferOrderOverAliases() throws Exception {
        assertEquals(1, doc("a.md", "---\nweight: 9\norder: 1\nsidebar_position: 5\n---\n").order());
    }

    @Test
    void shouldParseOrderWrittenAsQuotedNumber() throws Exception {
        assertEquals(5, doc("a.md", "---\norder: ' 5 '\n---\n").order());
    }

    @Test
    void shouldWarnWhenOrderIsNotANumber() throws Exception {
        DocumentParser.Parsed p = parse("a.md", "---\norder: first\n---\ntext");
        assertNull(p.document().order());
        assertEquals(1, p.warnings().size());
        ContentProblem w = p.warnings().get(0);
        assertFalse(w.fatal());
        assertEquals("a.md", w.path());
        assertTrue(w.message().contains("order"));
    }

    @Test
    void shouldFallBackToAliasWhenOrderIsNotANumber() throws Exception {
        DocumentParser.Parsed p = parse("a.md", "---\norder: first\nweight: 2\n---\ntext");
        assertEquals(2, p.document().order());
        assertEquals(1, p.warnings().size());
    }

    // ---- freshness and warnings ----

    @Test
    void shouldComputeFreshnessFromReviewedAndDefaultInterval() throws Exception {
        DocumentParser.Parsed p = parse("a.md", "---\nreviewed: 2024-01-01\n---\n");
        Freshness f = p.document().freshness();
        assertEquals(LocalDate.of(2024, 1, 1), f.reviewed());
        assertEquals(LocalDate.of(2024, 1, 1).plusDays(180), f.due());
        assertTrue(p.warnings().isEmpty());
    }

    @Test
    void shouldUseOwnReviewInterval() throws Exception {
        Freshness f = doc("a.md", "---\nreviewed: 2024-01-31\nreview_every: 1m\n---\n").freshness();
        assertEquals(LocalDate.of(2024, 2, 29), f.due());
    }

    @Test
    void shouldLetExpiresWinOverReviewed() throws Exception {
        Freshness f = doc("a.md", "---\nreviewed: 2024-01-01\nexpires: 2024-03-01\n---\n").freshness();
        assertEquals(LocalDate.of(2024, 3, 1), f.due());
    }

    @Test
    void shouldWarnAboutBadDateInsteadOfFailing() throws Exception {
        DocumentParser.Parsed p = parse("a.md", "---\ntitle: T\nreviewed: 2024-13-45\n---\ntext");
        assertEquals(Freshness.UNKNOWN, p.document().freshness());
        assertEquals(1, p.warnings().size());
        assertTrue(p.warnings().get(0).message().contains("reviewed"));
        assertFalse(p.warnings().get(0).fatal());
    }

    @Test
    void shouldWarnAboutBadExpiresDate() throws Exception {
        DocumentParser.Parsed p = parse("a.md", "---\nexpires: next spring\n---\ntext");
        assertEquals(Freshness.UNKNOWN, p.document().freshness());
        assertEquals(1, p.warnings().size());
        assertTrue(p.warnings().get(0).message().contains("expires"));
    }

    @Test
    void shouldWarnAboutBadReviewIntervalAndUseDefault() throws Exception {
        DocumentParser.Parsed p = parse("a.md", "---\nreviewed: 2024-01-01\nreview_every: often\n---\ntext");
        assertEquals(LocalDate.of(2024, 1, 1).plusDays(180), p.document().freshness().due());
        assertEquals(ReviewInterval.parse("180d"), p.document().freshness().interval());
        assertEquals(1, p.warnings().size());
        assertTrue(p.warnings().get(0).message().contains("review_every"));
        assertTrue(p.warnings().get(0).message().contains("180d"));
    }

    @Test
    void shouldCollectOneWarningPerBadKey() throws Exception {
        DocumentParser.Parsed p = parse("a.md", "---\nreviewed: yesterday\nreview_every: 0d\norder: x\n---\ntext");
        assertEquals(3, p.warnings().size());
        assertTrue(p.warnings().stream().noneMatch(ContentProblem::fatal));
    }

    @Test
    void shouldHaveNoWarningsForCleanFile() throws Exception {
        DocumentParser.Parsed p = parse("a.md", "---\ntitle: T\ntags: [a]\norder: 1\nreviewed: 2024-05-01\nreview_every: 90d\n---\n# T\n\ntext");
        assertTrue(p.warnings().isEmpty(), p.warnings().toString());
    }

    // ---- decoding / errors ----

    @Test
    void shouldReadNonUtf8BytesAsWindows1252WithAWarningNamingTheFile() throws Exception {
        byte[] cp1252 = "---\ntitle: Café – “quoted”\n---\nbody €".getBytes(Charset.forName("windows-1252"));
        DocumentParser.Parsed p = parser.parse("a.md", cp1252, new Document.FileStamp(cp1252.length, Instant.EPOCH));
        assertEquals("Café – “quoted”", p.document().title());
        assertTrue(p.document().text().contains("body €"), p.document().text());
        assertEquals(1, p.warnings().size());
        assertEquals("a.md", p.warnings().get(0).path());
        assertTrue(p.warnings().get(0).message().contains("Windows-1252"));
        assertFalse(p.warnings().get(0).fatal());
    }

    @Test
    void shouldReadMalformedUtf8SequenceAsWindows1252() throws Exception {
        byte[] bad = {'h', 'i', (byte) 0xC3, (byte) 0x28};
        DocumentParser.Parsed p = parser.parse("a.md", bad, new Document.FileStamp(bad.length, Instant.EPOCH));
        assertEquals("hiÃ(", p.document().text());
        assertTrue(p.warnings().get(0).message().contains("not UTF-8"));
    }

    @Test
    void shouldReadUtf16WithEitherByteOrderMark() throws Exception {
        String source = "---\ntitle: Ünïcode ✓\n---\n# Heading\n\nbody\n";
        for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            byte[] text = ("\uFEFF" + source).getBytes(charset);
            DocumentParser.Parsed p = parser.parse("a.md", text, new Document.FileStamp(text.length, Instant.EPOCH));
            assertEquals("Ünïcode ✓", p.document().title(), charset.name());
            assertTrue(p.warnings().isEmpty(), p.warnings().toString());
        }
    }

    @Test
    void shouldReadUtf8WithByteOrderMark() throws Exception {
        byte[] text = ("\uFEFF---\ntitle: Bom ✓\n---\nbody").getBytes(StandardCharsets.UTF_8);
        DocumentParser.Parsed p = parser.parse("a.md", text, new Document.FileStamp(text.length, Instant.EPOCH));
        assertEquals("Bom ✓", p.document().title());
        assertTrue(p.warnings().isEmpty());
    }

    @Test
    void shouldServeBodyWhenFrontMatterIsNotYamlAndReportItsLine() throws Exception {
        DocumentParser.Parsed p = parse("guides/deploy-flow.md", "---\ntitle: ok\ndescription: a: b\n---\n# Deploy flow\n\nThe body.\n");
        Document d = p.document();
        assertNotNull(d.unreadFrontMatter());
        assertEquals(3, d.unreadFrontMatter().line());
        assertEquals("title: ok\ndescription: a: b\n", d.unreadFrontMatter().raw());
        assertEquals("Deploy flow", d.title(), "the title falls back to the first heading");
        assertTrue(d.text().contains("The body."));
        assertTrue(d.frontMatter().isEmpty());
        ContentProblem error = p.warnings().get(0);
        assertTrue(error.fatal());
        assertEquals(3, error.line());
        assertTrue(error.message().contains("not valid YAML"), error.message());
    }

    @Test
    void shouldKeepLineOfFrontMatterErrorForCrlfFileAndFallBackToFileName() throws Exception {
        Document d = doc("02-rolling-back.md", "---\r\ntitle: ok\r\nfoo: bar: baz\r\n---\r\nNo heading here.\r\n");
        assertEquals(3, d.unreadFrontMatter().line());
        assertEquals("Rolling back", d.title(), "the file name without its number prefix");
    }

    @Test
    void shouldServeBodyOfFrontMatterWithoutClosingLine() throws Exception {
        Document d = doc("a.md", "---\ntitle: x\n# Alone\n");
        assertEquals(1, d.unreadFrontMatter().line());
        assertTrue(d.unreadFrontMatter().message().contains("no closing"));
    }

    @Test
    void shouldParseBomAndCrlfFile() throws Exception {
        Document d = doc("a.md", "\uFEFF---\r\ntitle: Win\r\n---\r\nLine one\r\nline two\r\n");
        assertEquals("Win", d.title());
        assertEquals("Line one line two", d.text());
    }

    @Test
    void shouldUnderstandUtf8Content() throws Exception {
        Document d = doc("a.md", "---\ntitle: Über uns – 日本\n---\nGrüße\n");
        assertEquals("Über uns – 日本", d.title());
        assertEquals("Grüße", d.text());
    }

    // ---- urls and metadata ----

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "a/b.md, /docs/a/b",
            "a/index.md, /docs/a",
            "a/README.md, /docs/a",
            "a/readme.md, /docs/a",
            "index.md, /",
            "README.md, /",
            "top.md, /docs/top",
            "a/b/c.markdown, /docs/a/b/c",
            "a/indexes.md, /docs/a/indexes"})
    void shouldMapPathToUrl(String path, String url) throws Exception {
        Document d = doc(path, "text");
        assertEquals(url, d.url());
        assertEquals(path, d.path());
    }

    @Test
    void shouldMarkFolderPages() throws Exception {
        assertTrue(doc("a/index.md", "x").folderPage());
        assertTrue(doc("a/README.md", "x").folderPage());
        assertFalse(doc("a/b.md", "x").folderPage());
    }

    @Test
    void shouldEncodeHrefOfUrl() throws Exception {
        Document d = doc("guides/my page.md", "x");
        assertEquals("/docs/guides/my page", d.url());
        assertEquals("/docs/guides/my%20page", d.href());
    }

    @Test
    void shouldCarryTypeStampAndFrontMatter() throws Exception {
        byte[] bytes = "---\ncustom_key: value\nsig:\n  name: X\n---\ntext".getBytes(StandardCharsets.UTF_8);
        Document.FileStamp stamp = new Document.FileStamp(42, Instant.ofEpochSecond(1000));
        Document d = parser.parse("a.md", bytes, stamp).document();
        assertEquals(ContentTypes.PAGE, d.type());
        assertEquals(stamp, d.stamp());
        assertEquals("value", d.frontMatter().get("custom_key"));
        assertNotNull(d.frontMatter().get("sig"));
    }

    @Test
    void shouldRenderBodyOnlyNotFrontMatter() throws Exception {
        Document d = doc("a.md", "---\ntitle: Secret Title Words\nowner: ownername\n---\nVisible body.\n");
        assertEquals("Visible body.", d.text());
        assertFalse(d.html().contains("ownername"));
        Element p = html(d).selectFirst("p");
        assertNotNull(p);
        assertEquals("Visible body.", p.text());
    }
}
