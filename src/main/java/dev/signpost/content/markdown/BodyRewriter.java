package dev.signpost.content.markdown;

import dev.signpost.content.ContentPaths;
import dev.signpost.content.InternalLink;
import org.jsoup.nodes.Element;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rewrites a sanitised body into its portal form, in place: relative links and images become portal URLs,
 * headings get unique ids and anchor links, admonitions become asides (or details when collapsible), code
 * blocks get a copy button and tables a scroll wrapper. Collects headings, ids and internal links on the way.
 */
final class BodyRewriter {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*", Pattern.DOTALL);
    private static final Pattern NOT_SLUG = Pattern.compile("[^\\p{L}\\p{N}\\s_-]");

    private final String path;
    private final String declaredTitle;
    private final String url;
    private final Element body;
    private final List<Heading> headings = new ArrayList<>();
    private final Set<String> anchors = new HashSet<>();
    private final List<InternalLink> links = new ArrayList<>();

    BodyRewriter(String path, String declaredTitle, Element body) {
        this.path = path;
        this.declaredTitle = declaredTitle;
        this.url = ContentPaths.pageUrl(path);
        this.body = body;
    }

    RenderedBody rewrite() {
        String leadingH1 = takeLeadingH1();
        Admonitions.rewrite(body);
        ContentTabs.rewrite(body);
        Shortcodes.rewrite(body);
        BareLinks.link(body);
        List<Element> headingElements = new ArrayList<>();
        List<Element> codeBlocks = new ArrayList<>();
        List<Element> preformatted = new ArrayList<>();
        List<Element> tables = new ArrayList<>();
        // One walk over the elements instead of a CSS selector per concern: rendering thousands of pages at start-up adds up.
        for (Element e : body.getAllElements()) {
            String name = e.normalName();
            boolean heading = name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
            if (heading) {
                headingElements.add(e);
            } else if (e.hasAttr("id")) {
                anchors.add(e.id());
            }
            switch (name) {
                case "a" -> rewriteAttribute(e, "href", false);
                case "img" -> rewriteAttribute(e, "src", true);
                case "code" -> {
                    if (e.parent() != null && e.parent().nameIs("pre")) {
                        codeBlocks.add(e.parent());
                    }
                }
                case "pre" -> preformatted.add(e);
                case "table" -> tables.add(e);
                default -> {
                }
            }
        }
        String text = body.text();
        String prose = withoutBlocks(text, preformatted);
        headings(headingElements);
        for (Element pre : codeBlocks) {
            // a listing wider than the screen scrolls inside its box: focusable, so that the keyboard can scroll it too
            pre.attr("tabindex", "0");
            pre.wrap("<div class=\"code-block\"></div>");
            pre.before("<button type=\"button\" class=\"copy-code\" hidden>Copy</button>");
            if (pre.selectFirst("> code.language-mermaid") != null) {
                // no Mermaid library is served from a jar here (ADR 0023): the diagram's source, said to be one
                pre.parent().addClass("code-mermaid");
                pre.before("<p class=\"code-label\">Mermaid diagram</p>");
            }
        }
        tables.forEach(table -> table.wrap("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Table\"></div>"));
        return new RenderedBody(body.html().strip(), text, prose, leadingH1, headings, anchors, links);
    }

    /**
     * The text without the text of these blocks (in document order): what the page says in words rather than shows
     * in a listing. A block whose text cannot be found where expected stays in.
     */
    static String withoutBlocks(String text, List<Element> blocks) {
        if (blocks.isEmpty()) {
            return text;
        }
        StringBuilder prose = new StringBuilder(text.length());
        int from = 0;
        for (Element block : blocks) {
            String shown = block.text();
            int at = shown.isEmpty() ? -1 : text.indexOf(shown, from);
            if (at >= 0) {
                prose.append(text, from, at).append(' ');
                from = at + shown.length();
            }
        }
        return prose.append(text, from, text.length()).toString().strip();
    }

    private void rewriteAttribute(Element e, String attribute, boolean image) {
        if (e.hasAttr(attribute)) {
            e.attr(attribute, rewriteHref(e.attr(attribute), image));
        }
    }

    /**
     * A body that opens with {@code # Title} names the page (README style): when there is no declared title or
     * it says the same, the heading is dropped so the title is not shown twice, and its text is handed back.
     */
    private String takeLeadingH1() {
        Element first = body.firstElementChild();
        if (first == null || !first.normalName().equals("h1")) {
            return null;
        }
        String text = first.text();
        if (declaredTitle == null || declaredTitle.strip().equalsIgnoreCase(text.strip())) {
            first.remove();
        }
        return text;
    }

    /** Gives every heading a unique id, also unique against the other ids in the body; all ids end up in {@code anchors}. */
    private void headings(List<Element> headingElements) {
        for (Element h : headingElements) {
            String text = h.text();
            String base = h.id().isEmpty() ? slug(text) : h.id();
            String id = base;
            for (int n = 1; !anchors.add(id); n++) {
                id = base + "-" + n;
            }
            h.id(id);
            h.appendElement("a").addClass("heading-anchor").attr("href", "#" + id)
                    .attr("aria-label", "Link to this section: " + text).text("#");
            headings.add(new Heading(h.normalName().charAt(1) - '0', id, text));
        }
    }

    /** GitHub's heading ids: lower case, punctuation dropped, spaces to hyphens. */
    static String slug(String text) {
        String slug = NOT_SLUG.matcher(text.trim().toLowerCase(Locale.ROOT)).replaceAll("").replaceAll("\\s", "-");
        return slug.isEmpty() ? "section" : slug;
    }

    private String rewriteHref(String href, boolean image) {
        if (href.startsWith("#")) {
            links.add(new InternalLink(href, url, decode(href.substring(1))));
            return href;
        }
        if (href.startsWith("?") || SCHEME.matcher(href).matches() || href.startsWith("//")) {
            return href;
        }
        int hash = href.indexOf('#');
        String fragment = hash < 0 ? "" : href.substring(hash + 1);
        String target = hash < 0 ? href : href.substring(0, hash);
        int query = target.indexOf('?');
        if (query >= 0) {
            target = target.substring(0, query);
        }
        if (href.startsWith("/")) {
            links.add(new InternalLink(href, decode(target), decode(fragment)));
            return href;
        }
        Optional<String> resolved = ContentPaths.resolve(path, decode(target));
        if (resolved.isEmpty()) {
            links.add(new InternalLink(href, "", ""));
            return href;
        }
        String portalUrl = ContentPaths.linkUrl(resolved.get(), image);
        links.add(new InternalLink(href, portalUrl, decode(fragment)));
        return ContentPaths.href(portalUrl) + (fragment.isEmpty() ? "" : "#" + fragment);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
