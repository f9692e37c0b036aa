package dev.signpost.docs;

import dev.signpost.content.ContentSnapshot;
import dev.signpost.content.Document;
import dev.signpost.security.CurrentUser;
import dev.signpost.web.Flash;
import dev.signpost.web.FormToken;
import dev.signpost.web.Layout;
import dev.signpost.web.PersonalHeader;
import dev.signpost.web.PersonalParts;
import dev.signpost.web.ReaderSpecificPages;
import dev.signpost.web.time.ReaderTime;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
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
 * Whole documentation pages, rendered once and kept for every reader who sees them alike, so the most read request of
 * the portal renders almost no template. A page is kept per snapshot, page and day, the reader's colour theme and time
 * zone (which the page shows) and, for people signed in, their roles (the footer's links):
 * <ul>
 * <li>anonymous readers get the kept page with their own CSRF token put back in place of a marker;</li>
 * <li>people signed in get it with their own header part ({@link PersonalHeader}), their rating box and their token
 * put in place of the markers the kept render wrote ({@link PersonalParts}).</li>
 * </ul>
 * Anyone else gets the page rendered for them: a reader with a flash from a previous post (the rating box would thank
 * them), a request with a query string (the sign-in link carries the address), the start page of a person signed in
 * (its sections are theirs), and a reader that a {@link ReaderSpecificPages} part applies to (an anonymous reader's
 * rating, a page owner's panel). At most {@value #MAX_PAGES} pages are kept; past that the cache starts again.
 */
@ApplicationScoped
public class KeptPages {

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
    @Inject
    PersonalParts personalParts;
    @Inject
    PersonalHeader personalHeader;
    @Inject
    @Location("docs/pageFeedback.html")
    Template feedbackBox;

    private final ConcurrentHashMap<String, Entry> pages = new ConcurrentHashMap<>();

    /**
     * The page of {@code doc}: kept, or rendered now by {@code render} and kept when this reader qualifies. A blank
     * or short token is not kept: a page could not be told apart from its own text.
     */
    String page(ContentSnapshot snapshot, Document doc, LocalDate day, PageOrigins.Banner banner, Supplier<String> render) {
        boolean signedIn = user.signedIn();
        String mine = token.value();
        if (flash.value().isPresent() || routing.request().query() != null || mine.length() < 16
                || (signedIn && doc.url().equals("/"))
                || readerSpecific.stream().anyMatch(part -> part.appliesTo(doc))) {
            return render.get();
        }
        String key = (signedIn ? String.join(",", user.roles()) : "-") + ":" + layout.theme().value() + ":"
                + readerTime.zoneName() + ":" + doc.url();
        Entry entry = pages.get(key);
        String kept;
        if (entry != null && entry.snapshot() == snapshot && entry.doc() == doc && entry.day().equals(day)
                && Objects.equals(entry.banner(), banner)) {
            kept = entry.html();
        } else {
            kept = (signedIn ? personalParts.deferring(render) : render.get()).replace(mine, marker);
            if (pages.size() >= MAX_PAGES) {
                pages.clear();
            }
            pages.put(key, new Entry(snapshot, doc, day, banner, kept));
        }
        return signedIn ? personalise(kept, doc, mine) : kept.replace(marker, mine);
    }

    /** How many pages are kept now (for tests). */
    int size() {
        return pages.size();
    }

    /** The kept page with this person's header part, rating box and token in place of the markers. */
    private String personalise(String kept, Document doc, String mine) {
        return kept.replace(PersonalParts.HEADER, personalHeader.html())
                .replace(PersonalParts.FEEDBACK, feedbackBox.data("doc", doc).render())
                .replace(marker, mine);
    }
}
