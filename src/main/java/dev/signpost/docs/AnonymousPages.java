package dev.signpost.docs;

import dev.signpost.content.ContentSnapshot;
import dev.signpost.content.Document;
import dev.signpost.security.CurrentUser;
import dev.signpost.web.Flash;
import dev.signpost.web.FormToken;
import dev.signpost.web.Layout;
import dev.signpost.web.ReaderSpecificPages;
import dev.signpost.web.time.ReaderTime;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Whole documentation pages as an anonymous reader with nothing pending sees them: the same for every such reader
 * but for the CSRF token (in the page's meta tag and the rating form). Each is rendered once per snapshot, page and
 * day (and the reader's colour theme and time zone, which the page shows) with the token swapped for a marker, and served with the reader's own token put back, so the most read
 * request of the portal renders no template. Only for a reader who is not signed in, has no flash from a previous
 * post (the rating box would thank them), asked without a query string (the sign-in link carries the address) and
 * sees no part of the page differently from others ({@link ReaderSpecificPages}: a rating they gave it);
 * anyone else gets the page rendered for them. At most {@value #MAX_PAGES} pages are kept;
 * past that the cache starts again.
 */
@ApplicationScoped
public class AnonymousPages {

    static final int MAX_PAGES = 4_000;

    /** Stands for the token in a kept page: random per process, so no content can contain it. */
    private final String marker = "csrf-" + UUID.randomUUID();

    private record Entry(ContentSnapshot snapshot, Document doc, LocalDate day, PageOrigins.Banner banner, String html) {
    }

    @Inject
    CurrentUser user;
    @Inject
    Flash flash;
    @Inject
    FormToken token;
    @Inject
    RoutingContext routing;
    @Inject
    Layout layout;
    @Inject
    Instance<ReaderSpecificPages> readerSpecific;
    @Inject
    ReaderTime readerTime;

    private final ConcurrentHashMap<String, Entry> pages = new ConcurrentHashMap<>();

    /**
     * The page of {@code doc}: kept, or rendered now by {@code render} (with the reader's token) and kept when this
     * reader qualifies. A blank or short token is not kept: a page could not be told apart from its own text.
     */
    String page(ContentSnapshot snapshot, Document doc, LocalDate day, PageOrigins.Banner banner, Supplier<String> render) {
        if (user.signedIn() || flash.value().isPresent() || routing.request().query() != null
                || readerSpecific.stream().anyMatch(part -> part.appliesTo(doc.url()))) {
            return render.get();
        }
        String mine = token.value();
        String key = layout.theme().value() + ":" + readerTime.zoneName() + ":" + doc.url();
        Entry entry = pages.get(key);
        if (entry != null && entry.snapshot() == snapshot && entry.doc() == doc && entry.day().equals(day)
                && Objects.equals(entry.banner(), banner)) {
            return entry.html().replace(marker, mine);
        }
        String html = render.get();
        if (mine.length() >= 16) {
            if (pages.size() >= MAX_PAGES) {
                pages.clear();
            }
            pages.put(key, new Entry(snapshot, doc, day, banner, html.replace(mine, marker)));
        }
        return html;
    }
}
