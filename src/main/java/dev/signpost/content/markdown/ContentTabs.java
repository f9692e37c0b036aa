package dev.signpost.content.markdown;

import org.jsoup.nodes.Element;

/**
 * Turns the tab wrapper written by {@link ContentTabsSyntax} into the tabs' server HTML: a {@code div.tabs} of
 * {@code section.tab-panel}s, each opening with its title ({@code p.tab-title}). Without JavaScript every panel shows
 * under its title, one after another; {@code /js/content-tabs.js} builds the tab list from the titles. Nodes are
 * moved, not copied, so nested tabs are converted too.
 */
final class ContentTabs {

    private ContentTabs() {
    }

    static void rewrite(Element body) {
        for (Element set : body.select("div.tabbed-set")) {
            Element tabs = new Element("div").addClass("tabs");
            for (Element block : set.children()) {
                if (!block.hasClass("tabbed-block")) {
                    continue;
                }
                Element heading = block.selectFirst("> .tabbed-title");
                String title = heading == null ? "" : heading.text().strip();
                if (heading != null) {
                    heading.remove();
                }
                Element panel = tabs.appendElement("section").addClass("tab-panel");
                if (block.hasClass("tabbed-selected")) {
                    panel.addClass("tab-selected");
                }
                panel.appendElement("p").addClass("tab-title").text(title.isEmpty() ? "Tab " + tabs.childrenSize() : title);
                panel.appendChildren(block.childNodes());
            }
            if (tabs.childrenSize() == 0) {
                set.unwrap();
            } else {
                set.replaceWith(tabs);
            }
        }
    }
}
