package dev.signpost.content.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bare URLs and e-mail addresses in text become links the way GitHub does it. */
class BareLinksTest {

    private static Document render(String markdown) {
        return Jsoup.parseBodyFragment(new MarkdownRenderer().renderFragment(markdown));
    }

    @Test
    void shouldLeaveSentencePunctuationOutOfTheLink() {
        Elements links = render("Read https://example.com/docs. Or https://example.com/faq?").select("a");
        assertEquals(List.of("https://example.com/docs", "https://example.com/faq"), links.eachAttr("href"));
        assertTrue(render("Read https://example.com/docs.").selectFirst("p").text().endsWith("docs."));
    }

    @Test
    void shouldKeepBalancedParenthesesButNotAClosingOne() {
        assertEquals("https://en.wikipedia.org/wiki/Foo_(bar)",
                render("See https://en.wikipedia.org/wiki/Foo_(bar) now").selectFirst("a").attr("href"));
        assertEquals("https://example.com/x",
                render("(see https://example.com/x)").selectFirst("a").attr("href"));
    }

    @Test
    void shouldLinkWwwAndEmailAddresses() {
        Document html = render("Visit www.example.org or write to platform-team@example.com.");
        assertEquals(List.of("http://www.example.org", "mailto:platform-team@example.com"), html.select("a").eachAttr("href"));
    }

    @Test
    void shouldNotLinkInsideCodeOrExistingLinks() {
        Document html = render("`https://example.com/in-code` and [label https://example.com/x](https://example.com/y)\n\n"
                + "```\ncurl https://example.com/api\n```\n");
        assertEquals(List.of("https://example.com/y"), html.select("a[href]").eachAttr("href"));
    }

    @Test
    void shouldNotTurnSchemesOtherThanHttpIntoLinks() {
        assertTrue(render("javascript://example.com/%0Aalert(1) and ftp://example.com").select("a").isEmpty());
    }
}
