package dev.signpost.content.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** MkDocs Material habits (content tabs, abbreviations, attribute lists, Markdown in HTML, emoji, icons, Mermaid). */
class MkDocsSyntaxTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    private static Document render(String markdown) {
        return Jsoup.parseBodyFragment(RENDERER.render("guides/install.md", null, markdown).html());
    }

    @Test
    void shouldRenderConsecutiveTabsAsOneGroupOfTitledPanels() {
        Document html = render("""
                Install it:

                === "macOS"

                    ```sh
                    brew install signpost
                    ```

                === "Linux"

                    Use **apt**:

                    ```sh
                    apt-get install signpost
                    ```

                Done.
                """);
        Elements groups = html.select("div.tabs");
        assertEquals(1, groups.size(), html.body().html());
        Elements panels = groups.first().select("> section.tab-panel");
        assertEquals(List.of("macOS", "Linux"), titles(groups.first()));
        assertEquals("brew install signpost", panels.get(0).selectFirst("pre > code.language-sh").text());
        assertEquals("apt", panels.get(1).selectFirst("p > strong").text());
        assertEquals("Done.", html.body().children().last().text());
        assertFalse(html.body().text().contains("==="), "no raw tab markers");
    }

    @Test
    void shouldStartANewGroupAfterTextOrWithTheBangMarkerAndMarkTheSelectedTab() {
        Document html = render("""
                === "One"
                    first

                Between.

                === "Two"
                    second

                ===! "Three"
                    third

                ===+ "Four"
                    fourth
                """);
        Elements groups = html.select("div.tabs");
        assertEquals(3, groups.size(), html.body().html());
        assertEquals(List.of("One"), titles(groups.get(0)));
        assertEquals(List.of("Two"), titles(groups.get(1)));
        assertEquals(List.of("Three", "Four"), titles(groups.get(2)));
        assertTrue(groups.get(2).child(1).hasClass("tab-selected"));
        assertFalse(groups.get(2).child(0).hasClass("tab-selected"));
    }

    @Test
    void shouldNestTabsAndPutTabsInsideAdmonitionsAndAdmonitionsInsideTabs() {
        Document html = render("""
                !!! example "Configure"

                    === "YAML"

                        === "Short"

                            `a: 1`

                        === "Long"

                            !!! warning

                                Indentation matters.

                    === "JSON"

                        `{"a": 1}`
                """);
        Element aside = html.selectFirst("aside.admonition-example");
        assertNotNull(aside, html.body().html());
        Element outer = aside.selectFirst("> div.tabs");
        assertNotNull(outer, html.body().html());
        assertEquals(List.of("YAML", "JSON"), titles(outer));
        Element inner = outer.selectFirst("> section.tab-panel > div.tabs");
        assertNotNull(inner);
        assertEquals(List.of("Short", "Long"), titles(inner));
        Element warning = inner.child(1).selectFirst("aside.admonition-warning");
        assertNotNull(warning);
        assertEquals("Indentation matters.", warning.selectFirst("p:not(.admonition-title)").text());
    }

    @Test
    void shouldRenderTabsInsideAListItemWithIconsInTheirTitlesRemoved() {
        Document html = render("""
                1.  Create the environment.

                2.  Activate it:

                    === ":material-apple: macOS"

                        ``` sh
                        . venv/bin/activate
                        ```

                    === ":fontawesome-brands-windows: Windows"

                        ``` sh
                        . venv/Scripts/activate
                        ```

                3.  Done :man_raising_hand:
                """);
        Element tabs = html.selectFirst("ol > li > div.tabs");
        assertNotNull(tabs, html.body().html());
        assertEquals(List.of("macOS", "Windows"), titles(tabs));
        assertEquals(". venv/Scripts/activate", tabs.child(1).selectFirst("pre > code").text());
        assertEquals(3, html.select("ol > li").size());
        String done = html.select("ol > li").last().text();
        assertTrue(done.startsWith("Done \uD83D\uDE4B") && !done.contains(":"), done);
    }

    @Test
    void shouldLeaveTabMarkersInsideCodeAlone() {
        Document html = render("""
                ```markdown
                === "Not a tab"
                    text
                ```
                """);
        assertTrue(html.select("div.tabs").isEmpty());
        assertTrue(html.selectFirst("pre > code").text().contains("=== \"Not a tab\""));
    }

    @Test
    void shouldEscapeMarkupInTabTitles() {
        Document html = render("""
                === "<script>alert(1)</script><img src=x onerror=alert(2)>"

                    body
                """);
        assertTrue(html.select("script, img").isEmpty(), html.body().html());
        assertEquals("<script>alert(1)</script><img src=x onerror=alert(2)>", html.selectFirst("p.tab-title").text());
    }

    @Test
    void shouldTurnAbbreviationsIntoAbbrElements() {
        Document html = render("""
                The HTML spec.

                *[HTML]: Hyper Text Markup Language
                """);
        Element abbr = html.selectFirst("p > abbr");
        assertNotNull(abbr, html.body().html());
        assertEquals("HTML", abbr.text());
        assertEquals("Hyper Text Markup Language", abbr.attr("title"));
        assertFalse(html.body().text().contains("*[HTML]"));
    }

    @Test
    void shouldKeepIdsAndClassesOfAttributeListsButNoHandlersOrStyles() {
        Document html = render("""
                ## Setup { #custom-setup .wide }

                [Download](https://example.com/x.zip){ .md-button #download onclick="alert(1)" style="color:red" }

                ![Logo](logo.png){ .center onerror=alert(1) }
                """);
        Element h2 = html.selectFirst("h2");
        assertEquals("custom-setup", h2.id(), html.body().html());
        assertTrue(h2.hasClass("wide"));
        Element link = html.selectFirst("a[href=https://example.com/x.zip]");
        assertNotNull(link, html.body().html());
        assertTrue(link.hasClass("md-button"));
        assertEquals("download", link.id());
        assertTrue(html.selectFirst("img").hasClass("center"));
        assertTrue(html.select("[onclick], [onerror], [style]").isEmpty(), html.body().html());
        assertFalse(html.body().text().contains("{"), html.body().text());
    }

    @Test
    void shouldRenderMarkdownInsideHtmlMarkedMarkdown() {
        Document html = render("""
                <div class="grid cards" markdown>

                - **Fast** to set up
                - *Easy* to keep

                </div>

                <section markdown="1">
                A [link](other.md)
                </section>
                """);
        Element grid = html.selectFirst("div.grid.cards");
        assertNotNull(grid, html.body().html());
        assertFalse(grid.hasAttr("markdown"));
        assertEquals(List.of("Fast to set up", "Easy to keep"), grid.select("ul > li").eachText());
        assertEquals("Fast", grid.selectFirst("li strong").text());
        Element link = html.selectFirst("section > p > a");
        assertNotNull(link, html.body().html());
        assertEquals("/docs/guides/other", link.attr("href"));
    }

    @Test
    void shouldTurnEmojiIntoUnicodeAndRemoveIconsOutsideCode() {
        Document html = render("""
                Ship it :rocket: with :octicons-mark-github-16: GitHub and :material-clock-fast:{ .lg .middle } speed :fontawesome-brands-docker: :simple-kubernetes:

                Code keeps them: `:rocket: :material-x:`

                ```
                :octicons-x:
                ```

                At 10:30:45, :not-an-emoji: stays.

                === ":rocket: Launch"

                    go
                """);
        Element first = html.selectFirst("p");
        assertEquals("Ship it \uD83D\uDE80 with GitHub and speed", first.text(), html.body().html());
        assertEquals(":rocket: :material-x:", html.selectFirst("p > code").text());
        assertEquals(":octicons-x:", html.selectFirst("pre > code").text());
        assertTrue(html.body().text().contains("At 10:30:45, :not-an-emoji: stays."));
        assertEquals("\uD83D\uDE80 Launch", html.selectFirst("p.tab-title").text());
    }

    @Test
    void shouldLabelMermaidBlocksAsDiagramSourceWithACopyButton() {
        Document html = render("""
                ```mermaid
                graph LR
                  A --> B
                ```
                """);
        Element block = html.selectFirst("div.code-block.code-mermaid");
        assertNotNull(block, html.body().html());
        assertEquals("Mermaid diagram", block.selectFirst("> p.code-label").text());
        assertNotNull(block.selectFirst("> button.copy-code"));
        assertTrue(block.selectFirst("> pre > code.language-mermaid").wholeText().contains("A --> B"));
    }

    private static List<String> titles(Element tabs) {
        return tabs.select("> section.tab-panel > p.tab-title").eachText();
    }
}
