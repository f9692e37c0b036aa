package dev.signpost.security;

import io.quarkus.oidc.OIDCException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * When Keycloak cannot be reached, a request that needs it (sign-in, or any page while anonymous reading is off)
 * gets a 503 saying sign-in is unavailable, instead of a bare 500. quarkus-oidc retries by itself, so the portal
 * recovers when Keycloak is back.
 */
@ApplicationScoped
public class SignInServiceDown {

    private static final Logger LOG = Logger.getLogger(SignInServiceDown.class);

    @CheckedTemplate(basePath = "security")
    static class Templates {
        static native TemplateInstance signInUnavailable();
    }

    void install(@Observes Router router) {
        router.route().order(-950).failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        if (!isIdentityProviderDown(context.failure()) || context.response().headWritten()) {
            context.next();
            return;
        }
        LOG.warnf("Sign-in service unavailable for %s: %s", context.normalizedPath(), context.failure().getMessage());
        boolean api = context.normalizedPath().startsWith("/api/");
        context.response().setStatusCode(503).putHeader("Retry-After", "30")
                .putHeader(HttpHeaders.CONTENT_TYPE, api ? "application/json" : "text/html;charset=UTF-8")
                .end(api ? "{\"status\":503,\"title\":\"Sign-in unavailable\",\"detail\":\"The sign-in service cannot be reached; try again shortly.\"}"
                        : Templates.signInUnavailable().render());
    }

    static boolean isIdentityProviderDown(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OIDCException) {
                return true;
            }
        }
        return false;
    }
}
