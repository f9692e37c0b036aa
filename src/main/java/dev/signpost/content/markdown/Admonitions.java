package dev.signpost.content.markdown;

import org.jsoup.nodes.Element;

import java.util.Locale;

/**
 * Turns the admonition wrapper written by {@link AdmonitionSyntax} into semantic HTML: an aside, or a details
 * element when collapsible. The body's nodes are moved, not copied, so nested admonitions are converted too.
 */
final class Admonitions {

    private Admonitions() {
    }

    static void rewrite(Element body) {
        for (Element block : body.select("div.adm-block")) {
            String kind = kind(block);
            Element heading = block.selectFirst("> .adm-heading");
            String title = heading == null ? "" : heading.text().strip();
            if (heading != null) {
                heading.remove();
            }
            if (title.isEmpty()) {
                title = Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
            }
            boolean collapsible = block.hasClass("adm-collapsed") || block.hasClass("adm-open");
            Element replacement = new Element(collapsible ? "details" : "aside")
                    .addClass("admonition").addClass("admonition-" + kind);
            if (collapsible) {
                if (block.hasClass("adm-open")) {
                    replacement.attr("open", true);
                }
                replacement.appendElement("summary").addClass("admonition-title").text(title);
            } else {
                replacement.attr("role", "note");
                replacement.appendElement("p").addClass("admonition-title").text(title);
            }
            replacement.appendChildren(block.childNodes());
            block.replaceWith(replacement);
        }
    }

    private static String kind(Element block) {
        for (String name : block.classNames()) {
            if (name.startsWith("adm-") && !name.equals("adm-block") && !name.equals("adm-collapsed") && !name.equals("adm-open")) {
                String kind = name.substring(4).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "");
                if (!kind.isEmpty()) {
                    return kind;
                }
            }
        }
        return "note";
    }
}
