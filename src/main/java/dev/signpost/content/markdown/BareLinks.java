package dev.signpost.content.markdown;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitHub's extended autolinks on rendered HTML: bare {@code https://...}, {@code www....} and e-mail addresses in
 * text become links; text inside links, code and preformatted blocks is left alone. Done here instead of with
 * flexmark's autolink extension, which scanned every text node and cost about a tenth of rendering time: most
 * text nodes are skipped by a cheap check for "://", "www." or "@".
 */
final class BareLinks {

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\w/.@-])(?:(https?://|www\\.)[^\\s<>]+|[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)");
    private static final String TRAILING = "?!.,:*_~'\";";

    private BareLinks() {
    }

    static void link(Element body) {
        List<TextNode> candidates = new ArrayList<>();
        collect(body, candidates);
        candidates.forEach(BareLinks::linkify);
    }

    private static void collect(Element element, List<TextNode> into) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                String s = text.getWholeText();
                if (s.contains("://") || s.contains("www.") || s.indexOf('@') >= 0) {
                    into.add(text);
                }
            } else if (child instanceof Element e && !e.nameIs("a") && !e.nameIs("code") && !e.nameIs("pre")) {
                collect(e, into);
            }
        }
    }

    private static void linkify(TextNode node) {
        String text = node.getWholeText();
        Matcher m = CANDIDATE.matcher(text);
        List<Node> parts = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            String found = trim(m.group());
            boolean email = m.group(1) == null;
            if (email && (found.endsWith("-") || found.endsWith("_")) || found.length() <= 4) {
                continue;
            }
            String href = email ? "mailto:" + found : (found.startsWith("www.") ? "http://" + found : found);
            parts.add(new TextNode(text.substring(last, m.start())));
            parts.add(new Element("a").attr("href", href).text(found));
            last = m.start() + found.length();
        }
        if (parts.isEmpty()) {
            return;
        }
        parts.add(new TextNode(text.substring(last)));
        for (Node part : parts) {
            node.before(part);
        }
        node.remove();
    }

    /** Trailing punctuation ends the sentence, not the link; so does a ')' that closes nothing in the link. */
    private static String trim(String link) {
        int end = link.length();
        while (end > 0) {
            char c = link.charAt(end - 1);
            if (TRAILING.indexOf(c) >= 0) {
                end--;
            } else if (c == ')' && count(link, '(', end) < count(link, ')', end)) {
                end--;
            } else {
                break;
            }
        }
        return link.substring(0, end);
    }

    private static int count(String s, char c, int end) {
        int n = 0;
        for (int i = 0; i < end; i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
