package dev.signpost.content.markdown;

import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The allow-list for HTML that reaches a page: what Markdown produces plus harmless tags authors write by hand
 * ({@code details}, {@code kbd}, tables...). No scripts, styles, frames, forms, event handlers or
 * {@code javascript:}/{@code data:} URLs survive.
 */
final class HtmlSanitizer {

    private static final String[] HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"};

    private static final Safelist SAFELIST = new Safelist()
            .addTags("a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del",
                    "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "hr", "i", "img", "input", "ins",
                    "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "small", "span", "strike", "strong", "sub",
                    "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul", "var", "section")
            .addTags(HEADINGS)
            .addAttributes(":all", "class", "title", "lang", "dir")
            .addAttributes("a", "href")
            .addAttributes("img", "src", "alt", "width", "height")
            .addAttributes("td", "align", "colspan", "rowspan")
            .addAttributes("th", "align", "colspan", "rowspan", "scope")
            .addAttributes("col", "span")
            .addAttributes("colgroup", "span")
            .addAttributes("ol", "start", "reversed")
            .addAttributes("details", "open")
            .addAttributes("input", "type", "checked", "disabled")
            .addAttributes("blockquote", "cite")
            .addAttributes("q", "cite")
            // ids from attribute lists ({ #id .class }) and hand-written HTML: anchors for links; never event handlers or styles
            .addAttributes(":all", "id")
            .addProtocols("a", "href", "http", "https", "mailto", "tel", "#")
            .addProtocols("img", "src", "http", "https")
            .addProtocols("blockquote", "cite", "http", "https")
            .addProtocols("q", "cite", "http", "https")
            .preserveRelativeLinks(true);

    private HtmlSanitizer() {
    }

    /** A clean copy of the parsed document; the input's base URI must be set so relative links are kept. */
    static Document clean(Document dirty) {
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        clean.select("input").forEach(input -> {
            if (!"checkbox".equalsIgnoreCase(input.attr("type"))) {
                input.remove();
            } else {
                input.attr("disabled", true);
            }
        });
        return clean;
    }
}
