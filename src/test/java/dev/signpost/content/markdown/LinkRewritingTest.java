package dev.signpost.content.markdown;

import dev.signpost.content.Document;
import dev.signpost.content.InternalLink;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkRewritingTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
    private static final String FROM = "practices/ci/a.md";

    private record Rendered(org.jsoup.nodes.Document html, List<InternalLink> links) {
        String href() {
            Element a = html.selectFirst("a[href]");
            assertNotNull(a, html.body().html());
            return a.attr("href");
        }

        InternalLink onlyLink() {
            assertEquals(1, links.size(), links.toString());
            return links.get(0);
        }
    }

    private static Rendered render(String from, String markdown) {
        RenderedBody body = RENDERER.render(from, null, markdown);
        return new Rendered(Jsoup.parseBodyFragment(body.html()), body.links());
    }

    private static Rendered render(String markdown) {
        return render(FROM, markdown);
    }

    @Test
    void shouldRewriteRelativeMarkdownLinkWithFragment() {
        Rendered r = render("[b](../release/b.md#why)");
        assertEquals("/docs/practices/release/b#why", r.href());
        assertEquals(new InternalLink("../release/b.md#why", "/docs/practices/release/b", "why"), r.onlyLink());
    }

    @Test
    void shouldRewriteSiblingMarkdownLink() {
        Rendered r = render("[b](b.md)");
        assertEquals("/docs/practices/ci/b", r.href());
        assertEquals(new InternalLink("b.md", "/docs/practices/ci/b", ""), r.onlyLink());
    }

    @Test
    void shouldRewriteDotMarkdownExtension() {
        assertEquals("/docs/practices/ci/b", render("[b](b.markdown)").href());
    }

    @Test
    void shouldRewriteFolderLinkWithTrailingSlash() {
        Rendered r = render("[sub](./sub/)");
        assertEquals("/docs/practices/ci/sub", r.href());
        assertEquals("/docs/practices/ci/sub", r.onlyLink().url());
    }

    @Test
    void shouldRewriteParentFolderLink() {
        Rendered r = render("[up](../)");
        assertEquals("/docs/practices", r.href());
    }

    @Test
    void shouldRewriteIndexLinkToFolderUrl() {
        Rendered r = render("[idx](index.md)");
        assertEquals("/docs/practices/ci", r.href());
        assertEquals("/docs/practices/ci", r.onlyLink().url());
    }

    @Test
    void shouldRewriteReadmeLinkToFolderUrl() {
        assertEquals("/docs/practices", render("[r](../README.md)").href());
    }

    @Test
    void shouldRewriteLinkToRootIndexAsHome() {
        Rendered r = render("[home](../../index.md)");
        assertEquals("/", r.href());
        assertEquals("/", r.onlyLink().url());
    }

    @Test
    void shouldRewriteLinkToContentRootAsHome() {
        assertEquals("/", render("[home](../../)").href());
    }

    @Test
    void shouldRewriteExtensionlessLinkAsPage() {
        Rendered r = render("[o](other)");
        assertEquals("/docs/practices/ci/other", r.href());
        assertEquals(new InternalLink("other", "/docs/practices/ci/other", ""), r.onlyLink());
    }

    @Test
    void shouldRewriteImageSourceToAssetUrl() {
        Rendered r = render("![diagram](img/x.png)");
        Element img = r.html().selectFirst("img");
        assertEquals("/docs/practices/ci/img/x.png", img.attr("src"));
        assertEquals("diagram", img.attr("alt"));
        assertEquals(new InternalLink("img/x.png", "/docs/practices/ci/img/x.png", ""), r.onlyLink());
    }

    @Test
    void shouldRewriteLinkToNonMarkdownFileAsAsset() {
        Rendered r = render("[pdf](files/guide.pdf)");
        assertEquals("/docs/practices/ci/files/guide.pdf", r.href());
        assertEquals("/docs/practices/ci/files/guide.pdf", r.onlyLink().url());
    }

    @Test
    void shouldLeaveLinkEscapingRootUnchangedAndRecordIt() {
        Rendered r = render("[p](../../../../etc/passwd)");
        assertEquals("../../../../etc/passwd", r.href());
        assertEquals(new InternalLink("../../../../etc/passwd", "", ""), r.onlyLink());
    }

    @Test
    void shouldTreatLinkOneLevelAboveRootAsEscaping() {
        Rendered r = render("[p](../../../x.md)");
        assertEquals("", r.onlyLink().url());
        assertEquals("../../../x.md", r.href());
    }

    @Test
    void shouldLeaveExternalHttpsLinkUntouched() {
        Rendered r = render("[x](https://example.com/a/b.md#frag)");
        assertEquals("https://example.com/a/b.md#frag", r.href());
        assertTrue(r.links().isEmpty(), r.links().toString());
    }

    @Test
    void shouldLeaveMailtoLinkUntouched() {
        Rendered r = render("[mail](mailto:team@example.com)");
        assertEquals("mailto:team@example.com", r.href());
        assertTrue(r.links().isEmpty());
    }

    @Test
    void shouldLeaveProtocolRelativeLinkUntouched() {
        Rendered r = render("<a href=\"//cdn.example.com/x\">x</a>");
        assertEquals("//cdn.example.com/x", r.href());
        assertTrue(r.links().isEmpty());
    }

    @Test
    void shouldKeepSamePageAnchorAndRecordItAgainstOwnUrl() {
        Rendered r = render("[jump](#setup-steps)");
        assertEquals("#setup-steps", r.href());
        assertEquals(new InternalLink("#setup-steps", "/docs/practices/ci/a", "setup-steps"), r.onlyLink());
    }

    @Test
    void shouldRecordAnchorOnHomePageAgainstRootUrl() {
        Rendered r = render("index.md", "[jump](#x)");
        assertEquals(new InternalLink("#x", "/", "x"), r.onlyLink());
    }

    @Test
    void shouldDecodePercentEncodedAnchor() {
        assertEquals("my anchor", render("[f](#my%20anchor)").onlyLink().anchor());
    }

    @Test
    void shouldDecodePercentEncodedPathAndReEncodeHref() {
        Rendered r = render("[s](my%20page.md)");
        assertEquals("/docs/practices/ci/my%20page", r.href());
        assertEquals(new InternalLink("my%20page.md", "/docs/practices/ci/my page", ""), r.onlyLink());
    }

    @Test
    void shouldEncodeUnicodePathInHref() {
        Rendered r = render("[u](%C3%BCber.md)");
        assertEquals("/docs/practices/ci/über", r.onlyLink().url());
        assertEquals("/docs/practices/ci/%C3%BCber", r.href());
    }

    @Test
    void shouldKeepPlusSignInPath() {
        Rendered r = render("[cpp](c++.md)");
        assertEquals("/docs/practices/ci/c++", r.onlyLink().url());
        assertEquals("/docs/practices/ci/c%2B%2B", r.href());
    }

    @Test
    void shouldDropQueryButKeepFragment() {
        Rendered r = render("[q](b.md?x=1#y)");
        assertEquals("/docs/practices/ci/b#y", r.href());
        assertEquals(new InternalLink("b.md?x=1#y", "/docs/practices/ci/b", "y"), r.onlyLink());
    }

    @Test
    void shouldKeepAbsolutePortalLinkAndRecordIt() {
        Rendered r = render("[abs](/docs/a/b#c)");
        assertEquals("/docs/a/b#c", r.href());
        assertEquals(new InternalLink("/docs/a/b#c", "/docs/a/b", "c"), r.onlyLink());
    }

    @Test
    void shouldResolveLinksFromRootPage() {
        Rendered r = render("index.md", "[ci](practices/ci/a.md)");
        assertEquals("/docs/practices/ci/a", r.href());
    }

    @Test
    void shouldRewriteReferenceStyleLinks() {
        Rendered r = render("[b][ref]\n\n[ref]: ../release/b.md#why\n");
        assertEquals("/docs/practices/release/b#why", r.href());
    }

    @Test
    void shouldRewriteRawHtmlLinks() {
        Rendered r = render("<a href=\"b.md#x\">b</a>");
        assertEquals("/docs/practices/ci/b#x", r.href());
    }

    @Test
    void shouldRewriteLinksInsideAdmonitions() {
        Rendered r = render("!!! note\n    See [b](b.md).\n");
        assertEquals("/docs/practices/ci/b", r.html().selectFirst("aside a[href]").attr("href"));
        assertEquals("/docs/practices/ci/b", r.onlyLink().url());
    }

    @Test
    void shouldNotRecordHeadingAnchorsAsLinks() {
        Rendered r = render("## Setup\n\ntext");
        assertTrue(r.links().isEmpty(), r.links().toString());
    }

    @Test
    void shouldRecordLinksInDocumentOrder() {
        Rendered r = render("[one](one.md) [two](two.md) [three](#three)");
        assertEquals(List.of("one.md", "two.md", "#three"), r.links().stream().map(InternalLink::href).toList());
    }
}
