package dev.signpost.docs;

import dev.signpost.content.ContentSnapshot;
import dev.signpost.content.Document;
import dev.signpost.security.CurrentUser;
import dev.signpost.web.SharedPages;
import dev.signpost.web.SplitPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Whole documentation pages, rendered once and kept for every reader who sees them alike ({@link SharedPages}), so the
 * most read request of the portal renders almost no template. A page is kept per snapshot, page and day, and what
 * {@link SharedPages#reader()} names: the reader's colour theme and time zone (which the page shows) and, for people
 * signed in, their roles (the footer's links). Anyone {@link SharedPages#mayShare} turns away gets the page rendered
 * for them, and so does the start page of a person signed in (its sections are theirs). At most {@value #MAX_PAGES}
 * pages are kept; past that the cache starts again.
 */
@ApplicationScoped
public class KeptPages {

    static final int MAX_PAGES = 4_000;

    private record Entry(ContentSnapshot snapshot, Document doc, LocalDate day, PageOrigins.Banner banner, SplitPage html) {
    }

    @Inject
    CurrentUser user;
    @Inject
    SharedPages shared;

    private final ConcurrentHashMap<String, Entry> pages = new ConcurrentHashMap<>();

    /** The page of {@code doc}: kept, or rendered now by {@code render} and kept when this reader qualifies. */
    byte[] page(ContentSnapshot snapshot, Document doc, LocalDate day, PageOrigins.Banner banner, Supplier<String> render) {
        if (!shared.mayShare(doc) || (user.signedIn() && doc.url().equals("/"))) {
            return render.get().getBytes(StandardCharsets.UTF_8);
        }
        String key = shared.reader() + ":" + doc.url();
        Entry entry = pages.get(key);
        SplitPage kept;
        if (entry != null && entry.snapshot() == snapshot && entry.doc() == doc && entry.day().equals(day)
                && Objects.equals(entry.banner(), banner)) {
            kept = entry.html();
        } else {
            kept = shared.render(render);
            if (pages.size() >= MAX_PAGES) {
                pages.clear();
            }
            pages.put(key, new Entry(snapshot, doc, day, banner, kept));
        }
        return shared.personalise(kept, doc, Map.of());
    }

    /** How many pages are kept now (for tests). */
    int size() {
        return pages.size();
    }
}
