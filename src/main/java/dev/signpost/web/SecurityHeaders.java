package dev.signpost.web;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Security headers on every response, and UTF-8 declared on every HTML response. The Content-Security-Policy allows only the app's own scripts and
 * styles; a response that set its own policy (files served from the content folder) keeps it.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    void install(@Observes Router router) {
        router.route().order(-1000).handler(this::headers);
    }

    private void headers(RoutingContext rc) {
        rc.addHeadersEndHandler(v -> {
            MultiMap headers = rc.response().headers();
            if (!headers.contains("Content-Security-Policy")) {
                headers.set("Content-Security-Policy", POLICY);
            }
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
            if ("text/html".equals(headers.get(HttpHeaders.CONTENT_TYPE))) {
                headers.set(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8");
            }
            if (!headers.contains(HttpHeaders.CACHE_CONTROL) && isPage(rc)) {
                headers.set(HttpHeaders.CACHE_CONTROL, "no-cache");
            }
        });
        rc.next();
    }

    private static boolean isPage(RoutingContext rc) {
        String type = rc.response().headers().get(HttpHeaders.CONTENT_TYPE);
        return type != null && type.startsWith("text/html");
    }
}
