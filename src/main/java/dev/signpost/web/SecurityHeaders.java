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

    // Names and values made once, with their hash codes: every response sets them.
    private static final CharSequence CSP = HttpHeaders.createOptimized("Content-Security-Policy");
    private static final CharSequence CSP_VALUE = HttpHeaders.createOptimized(POLICY);
    private static final CharSequence NOSNIFF_NAME = HttpHeaders.createOptimized("X-Content-Type-Options");
    private static final CharSequence NOSNIFF = HttpHeaders.createOptimized("nosniff");
    private static final CharSequence REFERRER_POLICY = HttpHeaders.createOptimized("Referrer-Policy");
    private static final CharSequence REFERRER = HttpHeaders.createOptimized("strict-origin-when-cross-origin");
    private static final CharSequence FRAME_OPTIONS = HttpHeaders.createOptimized("X-Frame-Options");
    private static final CharSequence DENY = HttpHeaders.createOptimized("DENY");
    private static final CharSequence PERMISSIONS_POLICY = HttpHeaders.createOptimized("Permissions-Policy");
    private static final CharSequence PERMISSIONS = HttpHeaders.createOptimized("camera=(), microphone=(), geolocation=()");
    private static final CharSequence HTML_UTF8 = HttpHeaders.createOptimized("text/html;charset=UTF-8");
    private static final CharSequence NO_CACHE = HttpHeaders.createOptimized("no-cache");

    void install(@Observes Router router) {
        router.route().order(-1000).handler(this::headers);
    }

    private void headers(RoutingContext rc) {
        rc.addHeadersEndHandler(v -> {
            MultiMap headers = rc.response().headers();
            if (!headers.contains(CSP)) {
                headers.set(CSP, CSP_VALUE);
            }
            headers.set(NOSNIFF_NAME, NOSNIFF);
            headers.set(REFERRER_POLICY, REFERRER);
            headers.set(FRAME_OPTIONS, DENY);
            headers.set(PERMISSIONS_POLICY, PERMISSIONS);
            String type = headers.get(HttpHeaders.CONTENT_TYPE);
            if ("text/html".equals(type)) {
                headers.set(HttpHeaders.CONTENT_TYPE, HTML_UTF8);
                type = "text/html";
            }
            if (type != null && type.startsWith("text/html") && !headers.contains(HttpHeaders.CACHE_CONTROL)) {
                headers.set(HttpHeaders.CACHE_CONTROL, NO_CACHE);
            }
        });
        rc.next();
    }
}
