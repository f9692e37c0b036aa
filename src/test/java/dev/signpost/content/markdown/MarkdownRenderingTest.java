package dev.signpost.content.markdown;

import dev.signpost.content.ContentException;
import dev.signpost.content.Document;
import dev.signpost.content.DocumentParser;
import dev.signpost.content.ReviewInterval;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownRenderingTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
    private final DocumentParser parser = new DocumentParser(RENDERER, ReviewInterval.parse("180d"));

    private static org.jsoup.nodes.Document render(String markdown) {
        return Jsoup.parseBodyFragment(RENDERER.render("practices/x.md", null, markdown).html());
    }

    private Document doc(String markdown) throws ContentException {
        byte[] bytes = markdown.getBytes(StandardCharsets.UTF_8);
        return parser.parse("practices/x.md", bytes, new Document.FileStamp(bytes.length, Instant.EPOCH)).document();
    }

    // ---- GFM ----

    @Test
    void shouldWrapAlignedTableInScrollWrapper() {
        org.jsoup.nodes.Document html = render("| Left | Centre | Right |\n|:-----|:------:|------:|\n| a | b | c |\n");
        Element table = html.selectFirst("div.table-wrap > table");
        assertNotNull(table, html.body().html());
        Elements th = table.select("thead th");
        assertEquals(List.of("Left", "Centre", "Right"), th.eachText());
        assertEquals("left", th.get(0).attr("align"));
        assertEquals("center", th.get(1).attr("align"));
        assertEquals("right", th.get(2).attr("align"));
        assertEquals(List.of("a", "b", "c"), table.select("tbody td").eachText());
        assertEquals(1, html.select("div.table-wrap").size());
        Element wrapper = html.selectFirst("div.table-wrap");
        assertEquals(List.of("0", "region", "Table"), List.of(wrapper.attr("tabindex"), wrapper.attr("role"), wrapper.attr("aria-label")),
                "a table wider than the screen scrolls in a named region the keyboard can reach");
    }

    @Test
    void shouldWrapEveryTableOnce() {
        org.jsoup.nodes.Document html = render("| a |\n|---|\n| 1 |\n\ntext\n\n| b |\n|---|\n| 2 |\n");
        assertEquals(2, html.select("div.table-wrap > table").size());
        assertEquals(0, html.select("div.table-wrap div.table-wrap").size());
    }

    @Test
    void shouldRenderTaskListAsDisabledCheckboxes() {
        org.jsoup.nodes.Document html = render("- [ ] todo\n- [x] done\n");
        Elements boxes = html.select("li.task-list-item > input[type=checkbox]");
        assertEquals(2, boxes.size());
        boxes.forEach(box -> assertTrue(box.hasAttr("disabled"), box.outerHtml()));
        assertFalse(boxes.get(0).hasAttr("checked"));
        assertTrue(boxes.get(1).hasAttr("checked"));
        assertEquals(List.of("todo", "done"), html.select("li.task-list-item").eachText());
    }

    @Test
    void shouldRenderStrikethroughAsDel() {
        org.jsoup.nodes.Document html = render("This is ~~gone~~ now.");
        assertEquals("gone", html.selectFirst("p > del").text());
    }

    @Test
    void shouldAutolinkBareUrls() {
        org.jsoup.nodes.Document html = render("See https://example.com/path?q=1 and www.example.org for more.");
        Elements links = html.select("a[href]");
        assertEquals(2, links.size());
        assertEquals("https://example.com/path?q=1", links.get(0).attr("href"));
        assertTrue(links.get(1).attr("href").endsWith("www.example.org"));
        assertTrue(links.get(1).attr("href").startsWith("http"));
    }

    @Test
    void shouldRenderFootnotesWithLinkedIds() {
        org.jsoup.nodes.Document html = render("A claim[^1].\n\n[^1]: The source.\n");
        Element ref = html.selectFirst("sup#fnref-1");
        assertNotNull(ref, html.body().html());
        assertEquals("#fn-1", ref.selectFirst("a").attr("href"));
        Element note = html.selectFirst("li#fn-1");
        assertNotNull(note);
        assertTrue(note.text().contains("The source."));
        assertNotNull(note.selectFirst("a[href=#fnref-1]"));
    }

    @Test
    void shouldRecordFootnoteIdsAsAnchors() throws Exception {
        Document d = doc("A claim[^1].\n\n[^1]: The source.\n");
        assertTrue(d.anchors().contains("fn-1"));
        assertTrue(d.anchors().contains("fnref-1"));
    }

    @Test
    void shouldRenderDefinitionList() {
        org.jsoup.nodes.Document html = render("Paved road\n: The supported way to build and run services.\n");
        Element dl = html.selectFirst("dl");
        assertNotNull(dl, html.body().html());
        assertEquals("Paved road", dl.selectFirst("dt").text());
        assertEquals("The supported way to build and run services.", dl.selectFirst("dd").text());
    }

    // ---- code ----

    @Test
    void shouldWrapFencedCodeWithLanguageAndHiddenCopyButton() {
        org.jsoup.nodes.Document html = render("```yaml\nkey: value\n```\n");
        Element block = html.selectFirst("div.code-block");
        assertNotNull(block, html.body().html());
        Element code = block.selectFirst("> pre > code.language-yaml");
        assertNotNull(code);
        assertEquals("key: value\n", code.wholeText());
        assertEquals("0", block.selectFirst("> pre").attr("tabindex"), "a listing that scrolls sideways can be scrolled with the keyboard");
        Element button = block.selectFirst("> button.copy-code");
        assertNotNull(button);
        assertTrue(button.hasAttr("hidden"));
        assertEquals("button", button.attr("type"));
    }

    @Test
    void shouldMarkCodeWithoutLanguageAsPlaintext() {
        org.jsoup.nodes.Document html = render("```\nplain text\n```\n");
        assertNotNull(html.selectFirst("div.code-block > pre > code.language-plaintext"), html.body().html());
    }

    @Test
    void shouldWrapIndentedCodeToo() {
        org.jsoup.nodes.Document html = render("Para\n\n    indented code\n");
        assertNotNull(html.selectFirst("div.code-block > pre > code"), html.body().html());
        assertEquals(1, html.select("button.copy-code").size());
    }

    @Test
    void shouldKeepHtmlInsideCodeAsText() {
        org.jsoup.nodes.Document html = render("```html\n<b>not bold</b>\n```\n");
        Element code = html.selectFirst("code.language-html");
        assertTrue(code.children().isEmpty());
        assertEquals("<b>not bold</b>\n", code.wholeText());
    }

    @Test
    void shouldNotTreatInlineCodeAsCodeBlock() {
        org.jsoup.nodes.Document html = render("Use `mvn verify` here.");
        assertEquals("mvn verify", html.selectFirst("p > code").text());
        assertTrue(html.select("div.code-block").isEmpty());
    }

    // ---- headings ----

    @Test
    void shouldGiveHeadingsGithubStyleIds() {
        org.jsoup.nodes.Document html = render("## Getting Started\n\n### Hello, World!\n\n#### Ünïcode Héading\n\n## snake_case and-dash\n");
        assertEquals(List.of("getting-started", "hello-world", "ünïcode-héading", "snake_case-and-dash"),
                html.select("h2, h3, h4").eachAttr("id"));
    }

    @Test
    void shouldSuffixDuplicateHeadingIds() {
        org.jsoup.nodes.Document html = render("## Setup\n\n## Setup\n\n## Setup\n");
        assertEquals(List.of("setup", "setup-1", "setup-2"), html.select("h2").eachAttr("id"));
    }

    @Test
    void shouldKeepIdsUniqueWhenSuffixCollidesWithRealHeading() {
        org.jsoup.nodes.Document html = render("## Setup 1\n\n## Setup\n\n## Setup\n");
        List<String> ids = html.select("h2").eachAttr("id");
        assertEquals(3, ids.stream().distinct().count(), ids.toString());
        assertEquals("setup-1", ids.get(0));
        assertEquals("setup", ids.get(1));
    }

    @Test
    void shouldFallBackToSectionIdForPunctuationOnlyHeading() {
        org.jsoup.nodes.Document html = render("## ???\n\n## !!!\n");
        assertEquals(List.of("section", "section-1"), html.select("h2").eachAttr("id"));
    }

    @Test
    void shouldKeepExplicitIdOfRawHtmlHeading() {
        org.jsoup.nodes.Document html = render("<h2 id=\"custom-id\">Custom</h2>\n\n## Custom\n");
        assertEquals(List.of("custom-id", "custom"), html.select("h2").eachAttr("id"));
    }

    @Test
    void shouldAddAnchorLinkToEachHeading() {
        org.jsoup.nodes.Document html = render("## Setup\n\n### Deep dive\n");
        for (Element h : html.select("h2, h3")) {
            Element a = h.selectFirst("> a.heading-anchor");
            assertNotNull(a, h.outerHtml());
            assertEquals("#" + h.id(), a.attr("href"));
            assertTrue(a.attr("aria-label").contains(h.ownText()));
        }
    }

    @Test
    void shouldListHeadingsInOrderWithLevels() throws Exception {
        Document d = doc("## One\n\ntext\n\n### One point one\n\n## Two\n\n#### Deep\n\n## One\n");
        assertEquals(List.of(
                new Heading(2, "one", "One"),
                new Heading(3, "one-point-one", "One point one"),
                new Heading(2, "two", "Two"),
                new Heading(4, "deep", "Deep"),
                new Heading(2, "one-1", "One")), d.headings());
        assertTrue(d.anchors().containsAll(List.of("one", "one-point-one", "two", "deep", "one-1")));
    }

    @Test
    void shouldNotIncludeAnchorMarkInHeadingText() throws Exception {
        Document d = doc("## Setup `mvn`\n");
        assertEquals("Setup mvn", d.headings().get(0).text());
    }

    @Test
    void shouldKeepProseWithoutCodeBlocksButWithInlineCode() throws Exception {
        Document d = doc("Run `mvn verify` first.\n\n```yaml\nuses: actions/checkout@v4\n```\n\nThen deploy.\n\n"
                + "<pre>raw preformatted</pre>\n\nDone.\n\n    indented code block\n");
        assertTrue(d.text().contains("actions/checkout@v4") && d.text().contains("indented code block"), "the text has everything");
        assertEquals("Run mvn verify first. Then deploy. Done.", d.prose().replaceAll("\\s+", " "));
    }

    // ---- admonitions ----

    @Test
    void shouldRenderMkDocsAdmonitionAsAside() {
        org.jsoup.nodes.Document html = render("!!! warning \"Mind the gap\"\n    Body **text**.\n");
        Element aside = html.selectFirst("aside.admonition.admonition-warning");
        assertNotNull(aside, html.body().html());
        assertEquals("Mind the gap", aside.selectFirst("> p.admonition-title").text());
        assertEquals("Body text.", aside.select("> p").get(1).text());
        assertNotNull(aside.selectFirst("strong"));
        assertTrue(html.select("div.adm-block, svg").isEmpty());
    }

    @Test
    void shouldTitleAdmonitionWithoutTitleByKind() {
        org.jsoup.nodes.Document html = render("!!! note\n    plain\n");
        assertEquals("Note", html.selectFirst("aside.admonition-note > p.admonition-title").text());
    }

    @Test
    void shouldRenderCollapsibleAdmonitionAsClosedDetails() {
        org.jsoup.nodes.Document html = render("??? info \"More\"\n    Hidden body\n");
        Element details = html.selectFirst("details.admonition.admonition-info");
        assertNotNull(details, html.body().html());
        assertFalse(details.hasAttr("open"));
        assertEquals("More", details.selectFirst("> summary").text());
        assertTrue(details.text().contains("Hidden body"));
        assertTrue(html.select("aside").isEmpty());
    }

    @Test
    void shouldRenderOpenCollapsibleAdmonitionAsOpenDetails() {
        org.jsoup.nodes.Document html = render("???+ info \"More\"\n    Shown body\n");
        Element details = html.selectFirst("details.admonition[open]");
        assertNotNull(details, html.body().html());
        assertEquals("More", details.selectFirst("> summary").text());
    }

    @Test
    void shouldConvertDocusaurusAdmonitionWithTitle() {
        org.jsoup.nodes.Document html = render("Before\n\n:::tip Pro tip\nUse the **paved road**.\n:::\n\nAfter\n");
        Element aside = html.selectFirst("aside.admonition.admonition-tip");
        assertNotNull(aside, html.body().html());
        assertEquals("Pro tip", aside.selectFirst("p.admonition-title").text());
        assertTrue(aside.text().contains("Use the paved road."));
        assertFalse(aside.text().contains("After"));
        assertFalse(html.body().text().contains(":::"));
        assertEquals("After", html.body().children().last().text());
    }

    @Test
    void shouldConvertDocusaurusAdmonitionWithBracketTitle() {
        org.jsoup.nodes.Document html = render(":::note[Read this]\nBody\n:::\n");
        Element aside = html.selectFirst("aside.admonition.admonition-note");
        assertNotNull(aside, html.body().html());
        assertEquals("Read this", aside.selectFirst("p.admonition-title").text());
    }

    @Test
    void shouldConvertDocusaurusAdmonitionWithoutTitle() {
        org.jsoup.nodes.Document html = render(":::danger\nBody\n:::\n");
        Element aside = html.selectFirst("aside.admonition.admonition-danger");
        assertNotNull(aside, html.body().html());
        assertEquals("Danger", aside.selectFirst("p.admonition-title").text());
    }

    @Test
    void shouldConvertGithubAlert() {
        org.jsoup.nodes.Document html = render("> [!WARNING]\n> Careful **now**.\n> Second line.\n\nAfter\n");
        Element aside = html.selectFirst("aside.admonition.admonition-warning");
        assertNotNull(aside, html.body().html());
        assertEquals("Warning", aside.selectFirst("p.admonition-title").text());
        assertTrue(aside.text().contains("Careful now."));
        assertTrue(aside.text().contains("Second line."));
        assertTrue(html.select("blockquote").isEmpty());
        assertFalse(html.body().text().contains("[!WARNING]"));
    }

    @Test
    void shouldConvertGithubAlertCaseInsensitively() {
        org.jsoup.nodes.Document html = render("> [!note]\n> Lower case.\n");
        assertNotNull(html.selectFirst("aside.admonition-note"), html.body().html());
    }

    @Test
    void shouldKeepOrdinaryBlockquote() {
        org.jsoup.nodes.Document html = render("> Just a [!quote] here.\n");
        assertNotNull(html.selectFirst("blockquote"));
        assertTrue(html.select("aside").isEmpty());
    }

    @Test
    void shouldNotConvertAdmonitionSyntaxInsideFencedCode() {
        String md = "```text\n:::tip Not an admonition\n> [!NOTE]\n:::\n```\n";
        org.jsoup.nodes.Document html = render(md);
        assertTrue(html.select("aside, details").isEmpty(), html.body().html());
        assertEquals(":::tip Not an admonition\n> [!NOTE]\n:::\n", html.selectFirst("code.language-text").wholeText());
    }

    @Test
    void shouldNotConvertAdmonitionSyntaxInsideTildeFence() {
        String md = "~~~\n:::warning\nx\n:::\n~~~\n";
        org.jsoup.nodes.Document html = render(md);
        assertTrue(html.select("aside").isEmpty(), html.body().html());
        assertEquals(":::warning\nx\n:::\n", html.selectFirst("pre > code").wholeText());
    }

    @Test
    void shouldKeepFencedCodeInsideDocusaurusAdmonition() {
        String md = ":::note Example\n```yaml\na: 1\n:::\n```\n:::\n";
        org.jsoup.nodes.Document html = render(md);
        Element aside = html.selectFirst("aside.admonition-note");
        assertNotNull(aside, html.body().html());
        Element code = aside.selectFirst("code.language-yaml");
        assertNotNull(code, html.body().html());
        assertEquals("a: 1\n:::\n", code.wholeText());
    }

    // ---- text ----

    @Test
    void shouldExposePlainTextWithoutMarkup() throws Exception {
        Document d = doc("## Heading\n\nSome **bold**, _em_ and `code` with [a link](other.md) & <kbd>Ctrl</kbd>.\n\n- item\n");
        assertFalse(d.text().contains("<"), d.text());
        assertFalse(d.text().contains("**"));
        assertFalse(d.text().contains("]("));
        assertFalse(d.text().contains("&amp;"));
        assertFalse(d.text().contains("#"), "heading anchor mark leaked into text: " + d.text());
        assertEquals("Heading Some bold, em and code with a link & Ctrl. item", d.text());
    }

    @Test
    void shouldProduceSameOutputForSameInput() {
        String md = "# T\n\n## A\n\n!!! note\n    x\n\n| a |\n|---|\n| 1 |\n";
        assertEquals(RENDERER.render("a/b.md", null, md), RENDERER.render("a/b.md", null, md));
    }

    @Test
    void shouldRenderFragmentWithoutFile() {
        org.jsoup.nodes.Document html = Jsoup.parseBodyFragment(RENDERER.renderFragment("Hello **there** <script>x()</script>"));
        assertEquals("there", html.selectFirst("p > strong").text());
        assertTrue(html.select("script").isEmpty());
    }

    @Test
    void shouldReturnLeadingH1ForTitleOnly() {
        RenderedBody body = RENDERER.render("a.md", null, "# Title Here\n\ntext");
        assertEquals("Title Here", body.leadingH1());
        RenderedBody none = RENDERER.render("a.md", null, "text\n\n# Later");
        assertNull(none.leadingH1());
    }
}
