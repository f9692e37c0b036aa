package dev.signpost.docs;

import dev.signpost.content.ContentSnapshot;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;

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

    /** The parts of {@code view}'s page in {@code snapshot}, rendered now or earlier. */
    Parts of(ContentSnapshot snapshot, PageView view, LocalDate today, PageOrigins.Banner banner) {
        Memo current = memo;
        if (current.snapshot() != snapshot) {
            current = new Memo(snapshot, new ConcurrentHashMap<>());
            memo = current;
        }
        ConcurrentHashMap<Key, Parts> pages = current.pages();
        Key key = new Key(view.doc().url(), today, banner);
        Parts parts = pages.get(key);
        if (parts == null) {
            parts = new Parts(Templates.pageTop(view).render(), Templates.pageBottom(view).render());
            if (pages.size() >= MAX_PAGES) {
                pages.clear();
            }
            pages.put(key, parts);
        }
        return parts;
    }
}
