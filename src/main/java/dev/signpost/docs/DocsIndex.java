package dev.signpost.docs;

import dev.signpost.content.ContentSnapshot;
import dev.signpost.content.ContentTypes;
import dev.signpost.content.Document;
import dev.signpost.content.NavNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code /docs}: a card per section with its description, how many pages it holds and its first pages (the sections
 * below the one top-level folder when everything hangs from it, the {@code parent}); the pages
 * changed most recently; and the pages that are, or soonest will be, due for review. Counts documentation pages only
 * (tools, roadmap items and SIGs have their own sections).
 */
public record DocsIndex(int pages, int stale, NavNode parent, List<SectionCard> sections, List<Document> recent,
        List<Document> dueSoon, LocalDate today) {

    /** How many pages a card lists before "and N more". */
    static final int CARD_PAGES = 6;
    static final int RECENT = 8;
    static final int DUE = 6;

    /** One section: its node, its index page's description, pages below it, the first few of them. */
    public record SectionCard(NavNode node, String description, int pages, List<NavNode> shown, int more) {
    }

    static DocsIndex of(ContentSnapshot snapshot, LocalDate today) {
        List<Document> docs = snapshot.byUrl().values().stream().filter(d -> d.type().equals(ContentTypes.PAGE)).toList();
        int stale = (int) docs.stream().filter(d -> d.freshness().isStale(today)).count();
        List<SectionCard> cards = new ArrayList<>();
        List<NavNode> top = snapshot.navigation();
        NavNode parent = top.size() == 1 && !top.get(0).children().isEmpty() ? top.get(0) : null;
        for (NavNode node : parent == null ? top : parent.children()) {
            Document index = node.url() == null ? null : snapshot.byUrl().get(node.url());
            List<NavNode> children = node.children();
            List<NavNode> shown = children.subList(0, Math.min(CARD_PAGES, children.size()));
            cards.add(new SectionCard(node, index == null ? "" : index.description(), countPages(node, snapshot),
                    shown, children.size() - shown.size()));
        }
        List<Document> recent = docs.stream().filter(d -> d.origin().updated() != null)
                .sorted(Comparator.comparing((Document d) -> d.origin().updated()).reversed().thenComparing(Document::url))
                .limit(RECENT).toList();
        List<Document> due = docs.stream().filter(d -> d.freshness().due() != null)
                .sorted(Comparator.comparing((Document d) -> d.freshness().due()).thenComparing(Document::url))
                .limit(DUE).toList();
        return new DocsIndex(docs.size(), stale, parent, cards, recent, due, today);
    }

    private static int countPages(NavNode node, ContentSnapshot snapshot) {
        int count = 0;
        for (NavNode child : node.children()) {
            Document doc = child.url() == null ? null : snapshot.byUrl().get(child.url());
            if (doc != null && doc.type().equals(ContentTypes.PAGE)) {
                count++;
            }
            count += countPages(child, snapshot);
        }
        return count;
    }

    /** Whether a page listed as due is already past its date. */
    public boolean overdue(Document doc) {
        return doc.freshness().isStale(today);
    }
}
