package dev.signpost.docs;

import dev.signpost.content.ContentSnapshot;
import dev.signpost.content.Document;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The parts of a documentation page that are the same for every reader: the navigation tree, breadcrumbs, banners,
 * the page's header, and after the article the pager and the table of contents. Rendered once per snapshot, day and
 * source state and kept until the snapshot changes, so a request renders only what depends on the person (the layout's
 * header, the feedback box, the owners' panel). At most {@value #MAX_PAGES} pages are kept per snapshot; past that the
 * cache starts again, so a crawl over a huge tree cannot grow it without bound.
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

    /** What the parts depend on besides the page: the day (stale or not) and the state of its source (the banner). */
    private record Key(String url, LocalDate today, PageOrigins.Banner banner) {
    }

    private record Memo(ContentSnapshot snapshot, ConcurrentHashMap<Key, Parts> pages) {
    }

    private volatile Memo memo = new Memo(null, new ConcurrentHashMap<>());

    /**
     * The parts of {@code doc}'s page in {@code snapshot}, rendered earlier or now from {@code view}, which is built only
     * then (its breadcrumbs, neighbours and table of contents are not needed for a page already rendered).
     */
    Parts of(ContentSnapshot snapshot, Document doc, LocalDate today, PageOrigins.Banner banner, Supplier<PageView> view) {
        Memo current = memo;
        if (current.snapshot() != snapshot) {
            current = new Memo(snapshot, new ConcurrentHashMap<>());
            memo = current;
        }
        ConcurrentHashMap<Key, Parts> pages = current.pages();
        Key key = new Key(doc.url(), today, banner);
        Parts parts = pages.get(key);
        if (parts == null) {
            PageView shown = view.get();
            parts = new Parts(Templates.pageTop(shown).render(), Templates.pageBottom(shown).render());
            if (pages.size() >= MAX_PAGES) {
                pages.clear();
            }
            pages.put(key, parts);
        }
        return parts;
    }
}
