package dev.signpost.docs;

import dev.signpost.content.ContentSnapshot;
import dev.signpost.content.Document;
import dev.signpost.web.time.ReaderTime;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The parts of a documentation page that are the same for every reader: the navigation tree, breadcrumbs, banners,
 * the page's header, and after the article the pager and the table of contents. Rendered once per page, day, source
 * state and reader's time zone (the header's "Last updated" and a source's banner show times in it), and kept while the navigation stays the same: editing a page's body (the common edit, which keeps
 * the navigation, see {@code SnapshotUpdate}) renders again only that page's parts, not every page's. A request
 * renders only what depends on the person (the layout's header, the feedback box, the owners' panel). At most
 * {@value #MAX_PAGES} pages are kept; past that the cache starts again, so a crawl over a huge tree cannot grow it
 * without bound.
 */
@ApplicationScoped
public class PageFragments {

    static final int MAX_PAGES = 4_000;

    @CheckedTemplate(basePath = "docs")
    static class Templates {
        static native TemplateInstance pageTop(PageView view);

        static native TemplateInstance pageBottom(PageView view);
    }

    /** The HTML before the page's own content and after it. */
    public record Parts(String top, String bottom) {
    }

    /**
     * What the parts depend on besides the page: the day (stale or not), the state of its source (the banner) and the
     * zone the reader sees times in.
     */
    private record Key(String url, LocalDate today, PageOrigins.Banner banner, ZoneId zone) {
    }

    /** The parts and the document they were rendered from (compared by identity: an edited page is a new document). */
    private record Entry(Document doc, Parts parts) {
    }

    /**
     * Valid while the snapshot's navigation and reading order are these objects: a snapshot that keeps them keeps
     * every page's place, title and neighbours, so only a page whose document changed is rendered again.
     */
    private record Memo(Object navigation, Object readingOrder, ConcurrentHashMap<Key, Entry> pages) {
    }

    @Inject
    ReaderTime readerTime;

    private volatile Memo memo = new Memo(null, null, new ConcurrentHashMap<>());

    /**
     * The parts of {@code doc}'s page in {@code snapshot}, rendered earlier or now from {@code view}, which is built only
     * then (its breadcrumbs, neighbours and table of contents are not needed for a page already rendered).
     */
    Parts of(ContentSnapshot snapshot, Document doc, LocalDate today, PageOrigins.Banner banner, Supplier<PageView> view) {
        Memo current = memo;
        if (current.navigation() != snapshot.navigation() || current.readingOrder() != snapshot.readingIndex()) {
            current = new Memo(snapshot.navigation(), snapshot.readingIndex(), new ConcurrentHashMap<>());
            memo = current;
        }
        ConcurrentHashMap<Key, Entry> pages = current.pages();
        Key key = new Key(doc.url(), today, banner, readerTime.zone());
        Entry entry = pages.get(key);
        if (entry == null || entry.doc() != doc) {
            PageView shown = view.get();
            entry = new Entry(doc, new Parts(Templates.pageTop(shown).render(), Templates.pageBottom(shown).render()));
            if (pages.size() >= MAX_PAGES) {
                pages.clear();
            }
            pages.put(key, entry);
        }
        return entry.parts();
    }
}
