package dev.signpost.web;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The CSRF token for forms and scripts ({@code inject:formToken}). quarkus-rest-csrf sets it for requests that reach
 * a resource; pages rendered without one (a 404 for an unknown path) reuse the token cookie the browser already holds,
 * which is what the filter itself does while no token signature key is configured. Application-scoped: it reads the
 * current request through the request-scoped {@link RoutingContext}, so no bean is created for every page.
 */
@Named("formToken")
@ApplicationScoped
public class FormToken {

    /** Where quarkus-rest-csrf keeps the verified or new token for this request. */
    private static final String FILTER_ATTRIBUTE = "csrf_token";

    @Inject
    RoutingContext routing;
    @ConfigProperty(name = "quarkus.rest-csrf.form-field-name", defaultValue = "csrf-token")
    String fieldName;
    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token")
    String cookieName;

    public String fieldName() {
        return fieldName;
    }

    public String value() {
        Object token = routing.get(FILTER_ATTRIBUTE);
        if (token != null) {
            return token.toString();
        }
        Cookie cookie = routing.request().getCookie(cookieName);
        return cookie == null ? "" : cookie.getValue();
    }
}
