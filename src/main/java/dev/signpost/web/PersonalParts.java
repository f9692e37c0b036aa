package dev.signpost.web;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.UUID;

/**
 * The parts of a page that belong to the person reading it (the header's bell, My work and account menu; a page's
 * rating box), when a page is rendered once for every signed-in reader with the same roles and kept: such a render
 * writes a marker in each part's place ({@code inject:personalParts}), and each request puts its reader's parts in.
 * The markers are random per process, so no content can contain them. Application-scoped: the request's state lives in
 * the request-scoped {@link RoutingContext}.
 */
@Named("personalParts")
@ApplicationScoped
public class PersonalParts {

    private static final String DEFERRED = "signpost.personal-parts.deferred";
    /** How every marker begins ({@link SplitPage} finds them by it). */
    static final String PREFIX = "<!--sp-" + UUID.randomUUID() + "-";

    /** Stands for the header's personal part in a kept page. */
    public static final String HEADER = named("header");
    /** Stands for the page's rating box in a kept page. */
    public static final String FEEDBACK = named("feedback");

    @Inject
    RoutingContext routing;

    /** Whether this render is kept for every reader alike: personal parts write their marker instead. */
    public boolean deferred() {
        return routing.get(DEFERRED) != null;
    }

    /** Renders {@code render} with markers in place of the personal parts; the markers apply to this render only. */
    public String deferring(java.util.function.Supplier<String> render) {
        routing.put(DEFERRED, Boolean.TRUE);
        try {
            return render.get();
        } finally {
            routing.remove(DEFERRED);
        }
    }

    public String feedbackMarker() {
        return FEEDBACK;
    }

    /**
     * Stands for a feature's own personal part in a kept page ({@code inject:personalParts.marker('name')}); the
     * feature puts the reader's part in its place ({@link SharedPages#personalise}).
     */
    public String marker(String part) {
        return named(part);
    }

    private static String named(String part) {
        return PREFIX + part + "-->";
    }
}
