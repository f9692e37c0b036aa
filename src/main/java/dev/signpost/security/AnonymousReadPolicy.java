package dev.signpost.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * {@code signpost.security.anonymous-read=false}: every request but health, sign-in and the page assets needs a
 * signed-in user; an anonymous one gets the sign-in challenge. A global policy, applied to every path.
 */
@ApplicationScoped
public class AnonymousReadPolicy implements HttpSecurityPolicy {

    /**
     * Paths anyone may request: health and metrics for probes and Prometheus (they show no content and no person;
     * docs/operations.md "Metrics" says how to keep them off the public ingress); a calendar feed's address carries its own secret (calendar apps have no session), a
     * webhook proves itself by its signature, and so does an email's unsubscribe link (mail programs post it without one).
     */
    private static final List<String> ALWAYS_OPEN = List.of("/q/health", "/q/metrics", "/signin", "/signout", "/css/", "/js/", "/_static/",
            "/favicon.svg", "/actions/calendar/", "/webhooks/", "/notifications/unsubscribe");

    @Inject
    SecurityConfig config;

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
            AuthorizationRequestContext context) {
        if (config.anonymousRead() || isAlwaysOpen(request.normalizedPath())) {
            return Uni.createFrom().item(CheckResult.PERMIT);
        }
        return identity.map(id -> id.isAnonymous() ? CheckResult.DENY : CheckResult.PERMIT);
    }

    static boolean isAlwaysOpen(String path) {
        return ALWAYS_OPEN.stream().anyMatch(path::startsWith);
    }
}
