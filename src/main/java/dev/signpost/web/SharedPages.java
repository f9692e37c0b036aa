package dev.signpost.web;

import dev.signpost.content.Document;
import dev.signpost.security.CurrentUser;
import dev.signpost.web.time.ReaderTime;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Whole pages rendered once for every reader who sees them alike, with each reader's own parts put back in per
 * request, so a much-read page renders almost no template (documentation pages, SIG pages, the tool radar, the roadmap,
 * the action tracker). A page is kept under a key that holds {@link #reader()} and whatever else the page shows
 * ({@link #page}, or the feature's own store); this class renders it for sharing and personalises it:
 * <ul>
 * <li>anonymous readers get the shared page with their own CSRF token put back in place of a marker;</li>
 * <li>people signed in get it with their own header part ({@link PersonalHeader}), their rating box, any part the
 * feature names by its marker ({@link PersonalParts#marker}) and their token put in place of the markers the shared
 * render wrote.</li>
 * </ul>
 * Some requests must have their page rendered for them ({@link #mayShare}).
 */
@ApplicationScoped
public class SharedPages {

    /** Stands for the token in a shared page: random per process, so no content can contain it. */
    private final String tokenMarker = "csrf-" + UUID.randomUUID();

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
    ReaderTime readerTime;
    @Inject
    Instance<ReaderSpecificPages> readerSpecific;
    @Inject
    PersonalParts personalParts;
    @Inject
    PersonalHeader personalHeader;
    @Inject
    KeptParts kept;
    @Inject
    @Location("web/pageFeedback.html")
    Template feedbackBox;

    /**
     * Whether this request may get a shared page of {@code doc}. Not a reader with a flash from a previous post (the
     * page would answer it), a request with a query string (the sign-in link carries the address), a blank or short
     * token (a page could not be told apart from its own text), nor a reader that a {@link ReaderSpecificPages} part
     * applies to (an anonymous reader's rating, a page owner's panel).
     */
    public boolean mayShare(Document doc) {
        return flash.value().isEmpty() && routing.request().query() == null && token.value().length() >= 16
                && (doc == null || readerSpecific.stream().noneMatch(part -> part.appliesTo(doc)));
    }

    /** What a shared page depends on about its reader: whether and with which roles they are signed in, theme and zone. */
    public String reader() {
        return (user.signedIn() ? String.join(",", new TreeSet<>(user.roles())) : "-") + ":" + layout.theme().value() + ":"
                + readerTime.zoneName();
    }

    /**
     * Stands for a content object in a page's key (a snapshot's catalog, roadmap, SIG): a page made from the object a
     * new snapshot replaced is not served, even before the change is announced.
     */
    public static String version(Object content) {
        return Integer.toHexString(System.identityHashCode(content));
    }

    /** Renders a page to share: markers where the reader's own parts and token go, kept as UTF-8 bytes split at them. */
    public SplitPage render(Supplier<String> render) {
        String mine = token.value();
        String html = (user.signedIn() ? personalParts.deferring(render) : render.get()).replace(mine, tokenMarker);
        return SplitPage.of(html, tokenMarker, PersonalParts.PREFIX);
    }

    /**
     * The page under {@code key} for this reader: shared with every reader alike, kept under the write generation
     * ({@link KeptParts}: until a write, new content or its few seconds are up) and personalised, or rendered for this
     * reader alone when it may not be shared. The key names the page and whatever it shows besides stored data and
     * content (the day, a SIG's next meeting, the content object it was made from); {@link #reader()} is added here.
     * {@code doc} is the page's document, if it has one (its rating box, the parts readers see differently).
     */
    public byte[] page(String key, Document doc, Supplier<String> render, Map<String, Supplier<String>> more) {
        if (!mayShare(doc)) {
            return render.get().getBytes(StandardCharsets.UTF_8);
        }
        return personalise(kept.get("page:" + key + ":" + reader(), () -> render(render)), doc, more);
    }

    /**
     * One of a shared page's personal parts, made for {@link #personalise} where many readers see it alike (a SIG's
     * interest box is the same for everyone with the same roles who is interested): kept like a page under {@code key}
     * and {@link #reader()}, with the token put in when the page's is.
     */
    public String part(String key, Supplier<String> render) {
        return kept.get("part:" + key + ":" + reader(), () -> render.get().replace(token.value(), tokenMarker));
    }

    /**
     * A shared page of {@code doc} with this reader's token, and for a person signed in their header, rating box and
     * the parts under {@code more}'s markers; each part is made only when the page holds its marker.
     */
    public byte[] personalise(SplitPage shared, Document doc, Map<String, Supplier<String>> more) {
        String mine = token.value();
        boolean signedIn = user.signedIn();
        return shared.join(marker -> {
            if (marker.equals(tokenMarker)) {
                return mine;
            } else if (!signedIn) {
                return marker;
            } else if (marker.equals(PersonalParts.HEADER)) {
                return personalHeader.html();
            } else if (marker.equals(PersonalParts.FEEDBACK)) {
                return feedbackBox.data("doc", doc).render();
            }
            Supplier<String> part = more.get(marker);
            return part == null ? marker : part.get().replace(tokenMarker, mine);
        });
    }
}
