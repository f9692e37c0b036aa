package dev.signpost.content.markdown;

import dev.signpost.content.ContentProblem;
import dev.signpost.content.Document;
import dev.signpost.content.DocumentParser;
import dev.signpost.content.ReviewInterval;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Docusaurus .mdx pages rendered as Markdown: statements gone, Tabs as the MkDocs tabs, other components as text. */
class MdxSyntaxTest {

    private final DocumentParser parser = new DocumentParser(new MarkdownRenderer(), ReviewInterval.parse("180d"));

    private static final String PAGE = """
            ---
            title: Install
            sidebar_position: 2
            ---
            import Tabs from '@theme/Tabs';
            import TabItem from '@theme/TabItem';
            import {
              Highlight,
            } from '@site/src/components';
            export const meta = {
              owner: 'platform',
            };

            {/* hidden from readers */}

            Pick your system. <Highlight color="#25c2a0">Recommended</Highlight> for most.

            <Tabs groupId="os">
              <TabItem value="mac" label="macOS" default>

                ```bash
                brew install tool
                ```

              </TabItem>
              <TabItem value="linux" label="Linux">
                <Tabs>
                  <TabItem value="deb" label="Debian">apt-get install tool</TabItem>
                  <TabItem value="rpm" label="Fedora">dnf install tool</TabItem>
                </Tabs>
              </TabItem>
            </Tabs>

            <Tabs>
              <TabItem value="a" label="Apple">An apple</TabItem>
            </Tabs>

            <BrowserWindow url="http://localhost" />

            <ThemedImage
              alt="Docusaurus themed image"
              sources={{
                light: useBaseUrl('/img/light.svg'),
                dark: useBaseUrl('/img/dark.svg')}}/>

            After the image.

            ```jsx
            import Tabs from '@theme/Tabs';
            <Tabs><TabItem value="x">code stays</TabItem></Tabs>
            ```

            Inline `<Tabs>` stays.
            """;

    @Test
    void shouldRenderMdxAsMarkdownWithTabsAndComponentsReducedToText() throws Exception {
        DocumentParser.Parsed parsed = parse("guides/install.mdx", PAGE);
        Document doc = parsed.document();
        assertEquals("/docs/guides/install", doc.url());
        assertEquals("Install", doc.title());
        org.jsoup.nodes.Document html = Jsoup.parseBodyFragment(doc.html());
        String text = html.text();
        assertEquals(text.indexOf("import Tabs"), text.lastIndexOf("import Tabs"), "only the code block's import is left: " + text);
        assertFalse(text.contains("import TabItem") || text.contains("Highlight,"), text);
        assertFalse(text.contains("export const"), text);
        assertFalse(text.contains("hidden from readers"), text);
        assertFalse(text.contains("BrowserWindow"), text);
        assertFalse(text.contains("ThemedImage") || text.contains("useBaseUrl") || text.contains("}}"), text);
        assertTrue(html.select("p").eachText().contains("After the image."), text);
        assertEquals("Pick your system. Recommended for most.", html.selectFirst("p").text());

        List<Element> groups = html.select("body > div.tabs");
        assertEquals(2, groups.size(), html.body().html());
        assertEquals(List.of("macOS", "Linux"), groups.get(0).select("> section.tab-panel > p.tab-title").eachText());
        assertTrue(groups.get(0).child(0).hasClass("tab-selected"), "default marks the selected tab");
        assertEquals("brew install tool", groups.get(0).child(0).selectFirst("pre > code.language-bash").text());
        Element nested = groups.get(0).child(1).selectFirst("div.tabs");
        assertNotNull(nested, html.body().html());
        assertEquals(List.of("Debian", "Fedora"), nested.select("> section.tab-panel > p.tab-title").eachText());
        assertEquals(List.of("Apple"), groups.get(1).select("> section.tab-panel > p.tab-title").eachText());

        String code = html.selectFirst("pre > code.language-jsx").wholeText();
        assertTrue(code.contains("import Tabs from '@theme/Tabs';") && code.contains("<Tabs><TabItem value=\"x\">code stays</TabItem></Tabs>"), code);
        assertEquals("<Tabs>", html.select("p > code").last().text());
    }

    @Test
    void shouldSayOncePerFileWhatWasSimplified() throws Exception {
        List<ContentProblem> warnings = parse("guides/install.mdx", PAGE).warnings();
        List<ContentProblem> mdx = warnings.stream().filter(w -> w.message().startsWith("MDX")).toList();
        assertEquals(1, mdx.size(), warnings.toString());
        String message = mdx.get(0).message();
        assertFalse(mdx.get(0).fatal());
        assertTrue(message.contains("removed 4 import/export statements"), message);
        assertTrue(message.contains("rendered 3 <Tabs> groups as tabs"), message);
        assertTrue(message.contains("<BrowserWindow>, <Highlight>, <ThemedImage>"), message);
        assertTrue(message.contains("removed 1 comment"), message);
    }

    @Test
    void shouldLeaveMarkdownFilesAndPlainMdxAlone() throws Exception {
        assertTrue(parse("guides/plain.mdx", "# Plain\n\nJust text.\n").warnings().isEmpty());
        String md = "Some text first.\n\nimport x from 'y';\n\n<Foo>bar</Foo>\n";
        DocumentParser.Parsed parsed = parse("guides/x.md", md);
        assertTrue(Jsoup.parseBodyFragment(parsed.document().html()).text().contains("import x from 'y';"));
        assertTrue(parsed.warnings().isEmpty());
    }

    @Test
    void shouldReadAMarkdownFileThatOpensWithImportsAsMdxLikeDocusaurusDoes() throws Exception {
        DocumentParser.Parsed parsed = parse("guides/x.md", "import Tabs from '@theme/Tabs';\n\n<Tabs>\n<TabItem value=\"a\">A</TabItem>\n</Tabs>\n");
        org.jsoup.nodes.Document html = Jsoup.parseBodyFragment(parsed.document().html());
        assertEquals(List.of("a"), html.select("div.tabs > section.tab-panel > p.tab-title").eachText());
        assertEquals(1, parsed.warnings().size());
    }

    private DocumentParser.Parsed parse(String path, String text) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return parser.parse(path, bytes, new Document.FileStamp(bytes.length, Instant.EPOCH));
    }
}
