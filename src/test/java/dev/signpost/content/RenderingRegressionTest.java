package dev.signpost.content;

import dev.signpost.content.markdown.MarkdownRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Bugs found while testing the pipeline, pinned down so they stay fixed. */
class RenderingRegressionTest {

    private final DocumentParser parser = new DocumentParser(new MarkdownRenderer(), ReviewInterval.parse("180d"));

    private Document parse(String source) throws ContentException {
        return parser.parse("practices/x.md", source.getBytes(StandardCharsets.UTF_8), new Document.FileStamp(1, Instant.EPOCH)).document();
    }

    @Test
    void shouldConvertNestedMkDocsAdmonitions() throws ContentException {
        Document doc = parse("!!! note \"Outer\"\n    Outer text\n\n    !!! tip \"Inner\"\n        Inner text\n");
        org.jsoup.nodes.Document html = Jsoup.parseBodyFragment(doc.html());
        Element inner = html.selectFirst("aside.admonition-note aside.admonition-tip");
        assertNotNull(inner, doc.html());
        assertEquals("Inner", inner.selectFirst("p.admonition-title").text());
        assertNull(html.selectFirst(".adm-block"), "no raw wrapper left");
    }

    @Test
    void shouldConvertNestedDocusaurusAdmonitions() throws ContentException {
        Document doc = parse("::::note Outer\nOuter text\n\n:::tip Inner\nInner text\n:::\n::::\n");
        assertNotNull(Jsoup.parseBodyFragment(doc.html()).selectFirst("aside.admonition-note aside.admonition-tip"), doc.html());
    }

    @Test
    void shouldRenderRawAdmonitionMarkupWithEmptyKind() {
        String html = new MarkdownRenderer().renderFragment("<div class=\"adm-block adm-\">x</div>");
        assertEquals("x", Jsoup.parseBodyFragment(html).selectFirst("aside.admonition-note").ownText());
    }

    @Test
    void shouldKeepLeadingH1ThatDiffersFromSidebarLabel() throws ContentException {
        Document doc = parse("---\nsidebar_label: CI\n---\n# Continuous Integration\n\ntext\n");
        assertEquals("CI", doc.title());
        assertEquals("Continuous Integration", Jsoup.parseBodyFragment(doc.html()).selectFirst("h1").ownText());
    }

    @Test
    void shouldDropLeadingH1WhenTitleIsBlank() throws ContentException {
        Document doc = parse("---\ntitle: ''\n---\n# Heading Title\n\ntext\n");
        assertEquals("Heading Title", doc.title());
        assertNull(Jsoup.parseBodyFragment(doc.html()).selectFirst("h1"), doc.html());
    }

    @Test
    void shouldNotGiveHeadingAnIdAnotherElementAlreadyHas() throws ContentException {
        Document doc = parse("<div id=\"setup\">x</div>\n\n## Setup\n");
        List<String> ids = Jsoup.parseBodyFragment(doc.html()).select("[id]").eachAttr("id");
        assertEquals(ids.size(), ids.stream().distinct().count(), ids.toString());
        assertEquals("setup-1", doc.headings().get(0).id());
    }

    @Test
    void shouldKeepQueryOnlyLinkOnTheSamePage() throws ContentException {
        Document doc = parse("[second tab](?tab=2)\n");
        assertEquals("?tab=2", Jsoup.parseBodyFragment(doc.html()).selectFirst("a").attr("href"));
        assertEquals(List.of(), doc.links());
    }
}
