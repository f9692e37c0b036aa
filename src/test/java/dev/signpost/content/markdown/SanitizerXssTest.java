package dev.signpost.content.markdown;

import dev.signpost.content.Document;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SanitizerXssTest {

    private static final String CORPUS = "/sanitizer/xss-payloads.txt";
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("script", "iframe", "frame", "frameset", "object",
            "embed", "applet", "style", "link", "meta", "base", "form", "svg", "math", "template", "noscript",
            "textarea", "button", "select", "isindex");
    private static final Set<String> FORBIDDEN_ATTRIBUTES = Set.of("style", "srcdoc", "formaction", "action",
            "xlink:href", "background", "poster", "srcset", "data");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite");
    private static final List<String> FORBIDDEN_SCHEMES = List.of("javascript:", "vbscript:", "data:");

    private record Entry(String name, String payload) {
    }

    static List<Entry> corpus() {
        String text;
        try (InputStream in = SanitizerXssTest.class.getResourceAsStream(CORPUS)) {
            assertNotNull(in, "missing classpath resource " + CORPUS);
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Entry> entries = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.equals("%%%") || line.equals("%%%\r")) {
                addEntry(entries, current);
                current = new ArrayList<>();
            } else {
                current.add(line);
            }
        }
        addEntry(entries, current);
        return entries;
    }

    private static void addEntry(List<Entry> entries, List<String> lines) {
        List<String> body = new ArrayList<>(lines);
        String name = null;
        if (!body.isEmpty() && body.get(0).startsWith("# ")) {
            name = body.remove(0).substring(2).strip();
        }
        while (!body.isEmpty() && body.get(body.size() - 1).isEmpty()) {
            body.remove(body.size() - 1);
        }
        String payload = String.join("\n", body);
        if (payload.isBlank()) {
            return;
        }
        if (name == null || name.isEmpty()) {
            name = "entry " + (entries.size() + 1);
        }
        entries.add(new Entry("#" + (entries.size() + 1) + " " + name, payload));
    }

    static Stream<Arguments> payloads() {
        return corpus().stream().map(e -> Arguments.of(Named.of(e.name(), e.payload())));
    }

    private static org.jsoup.nodes.Document render(String markdown) {
        return Jsoup.parseBodyFragment(RENDERER.render("practices/x.md", null, markdown).html());
    }

    private static String normaliseUrl(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.toLowerCase(Locale.ROOT).codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c) && !Character.isSpaceChar(c))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    @Test
    void shouldHaveAtLeastFortyEntriesInCorpus() {
        List<Entry> entries = corpus();
        assertTrue(entries.size() >= 40, "only " + entries.size() + " entries");
        assertTrue(entries.stream().allMatch(e -> !e.payload().isBlank()));
    }

    @Test
    void shouldReadCommentsAsNamesAndNotAsPayload() {
        Entry first = corpus().get(0);
        assertEquals("#1 classic script tag", first.name());
        assertEquals("<script>alert(1)</script>", first.payload());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void shouldNeutralisePayload(String payload) {
        String html = RENDERER.render("practices/x.md", null, payload).html();
        List<String> found = violations(html);
        assertTrue(found.isEmpty(), found + " in: " + html);
    }

    @Test
    void shouldDetectViolationsInUnsanitisedHtml() {
        // the checker itself must be able to fail
        assertFalse(violations("<script>x</script>").isEmpty());
        assertFalse(violations("<img src=x onerror=alert(1)>").isEmpty());
        assertFalse(violations("<a href=\" JaVa\tScRiPt:alert(1)\">x</a>").isEmpty());
        assertFalse(violations("<a href=\"\u0001data:text/html,x\">x</a>").isEmpty());
        assertFalse(violations("<div data-x=\"1\">x</div>").isEmpty());
        assertFalse(violations("<input type=\"text\">").isEmpty());
        assertFalse(violations("<button>x</button>").isEmpty());
        assertTrue(violations("<input type=\"checkbox\" disabled><a href=\"/docs/a\">a</a>").isEmpty());
    }

    private static List<String> violations(String html) {
        List<String> found = new ArrayList<>();
        org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment(html);
        for (Element el : doc.body().getAllElements()) {
            String tag = el.normalName();
            if (FORBIDDEN_ELEMENTS.contains(tag) && !isRenderersOwnCopyButton(el)) {
                found.add("element <" + tag + ">");
            }
            if (tag.equals("input") && !"checkbox".equalsIgnoreCase(el.attr("type"))) {
                found.add("non-checkbox input");
            }
            for (Attribute attr : el.attributes()) {
                String name = attr.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    found.add("event handler attribute '" + name + "'");
                }
                if (FORBIDDEN_ATTRIBUTES.contains(name) || name.startsWith("data-")) {
                    found.add("attribute '" + name + "'");
                }
                if (URL_ATTRIBUTES.contains(name)) {
                    String url = normaliseUrl(attr.getValue());
                    for (String scheme : FORBIDDEN_SCHEMES) {
                        if (url.startsWith(scheme)) {
                            found.add(scheme + " URL in " + name);
                        }
                    }
                }
            }
        }
        return found;
    }

    /** The renderer itself adds one inert copy button per code block; nothing else may produce a button. */
    private static boolean isRenderersOwnCopyButton(Element el) {
        return el.normalName().equals("button")
                && el.parent() != null && el.parent().normalName().equals("div") && el.parent().className().equals("code-block")
                && el.className().equals("copy-code")
                && el.attributes().size() == 3 && el.attr("type").equals("button") && el.hasAttr("hidden")
                && el.children().isEmpty() && el.text().equals("Copy");
    }

    @Test
    void shouldRemoveAuthorWrittenCopyButton() {
        org.jsoup.nodes.Document html = render("<div class=\"code-block\"><button type=\"button\" class=\"copy-code\" onclick=\"alert(1)\">Copy</button></div>");
        assertTrue(html.select("button").isEmpty(), html.body().html());
    }

    // ---- harmless raw HTML survives ----

    @Test
    void shouldKeepDetailsAndSummary() {
        org.jsoup.nodes.Document html = render("<details><summary>x</summary>y</details>");
        Element details = html.selectFirst("details");
        assertNotNull(details, html.body().html());
        assertEquals("x", details.selectFirst("> summary").text());
        assertTrue(details.text().contains("y"));
    }

    @Test
    void shouldKeepOpenAttributeOnDetails() {
        assertNotNull(render("<details open><summary>x</summary>y</details>").selectFirst("details[open]"));
    }

    @Test
    void shouldKeepKbd() {
        org.jsoup.nodes.Document html = render("Press <kbd>Ctrl</kbd>+<kbd>C</kbd>.");
        assertEquals(List.of("Ctrl", "C"), html.select("p > kbd").eachText());
    }

    @Test
    void shouldKeepRawHtmlTable() {
        org.jsoup.nodes.Document html = render("<table><thead><tr><th scope=\"col\">H</th></tr></thead><tbody><tr><td colspan=\"2\">x</td></tr></tbody></table>");
        Element table = html.selectFirst("div.table-wrap > table");
        assertNotNull(table, html.body().html());
        assertEquals("col", table.selectFirst("th").attr("scope"));
        assertEquals("2", table.selectFirst("td").attr("colspan"));
    }

    @Test
    void shouldKeepRawHtmlHeadingWithAnchor() {
        org.jsoup.nodes.Document html = render("<h2>Raw heading</h2>");
        Element h2 = html.selectFirst("h2");
        assertNotNull(h2, html.body().html());
        assertEquals("raw-heading", h2.id());
        assertEquals("Raw heading", h2.ownText());
        assertNotNull(h2.selectFirst("a.heading-anchor"));
    }

    @Test
    void shouldKeepSafeLinksAndImages() {
        org.jsoup.nodes.Document html = render("<a href=\"https://example.com\" title=\"t\">x</a> <img src=\"https://example.com/a.png\" alt=\"a\" width=\"10\">");
        Element a = html.selectFirst("a");
        assertEquals("https://example.com", a.attr("href"));
        assertEquals("t", a.attr("title"));
        Element img = html.selectFirst("img");
        assertEquals("https://example.com/a.png", img.attr("src"));
        assertEquals("10", img.attr("width"));
    }

    @Test
    void shouldKeepTextOfRemovedScript() {
        org.jsoup.nodes.Document html = render("Before <script>alert(1)</script> after");
        assertTrue(html.select("script").isEmpty());
        assertTrue(html.text().contains("Before"));
        assertTrue(html.text().contains("after"));
    }

    @Test
    void shouldRemoveJavascriptHrefButKeepLinkText() {
        org.jsoup.nodes.Document html = render("<a href=\"javascript:alert(1)\">click</a>");
        Element a = html.selectFirst("a");
        if (a != null) {
            assertFalse(a.hasAttr("href"), a.outerHtml());
        }
        assertTrue(html.text().contains("click"));
    }

    @Test
    void shouldKeepCodeSpanPayloadAsText() {
        org.jsoup.nodes.Document html = render("Use `<script>alert(1)</script>` carefully.");
        assertEquals("<script>alert(1)</script>", html.selectFirst("code").text());
        assertTrue(html.select("script").isEmpty());
    }
}
