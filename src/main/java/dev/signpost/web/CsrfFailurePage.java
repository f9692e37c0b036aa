package dev.signpost.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Set;

/**
 * quarkus-rest-csrf refuses a form without a valid token with a bare 400. People see why instead: a 403 page that
 * says the form was out of date or came from another site, and what to do.
 */
public class CsrfFailurePage {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** Set by quarkus-rest-csrf once a request's token has been checked. */
    private static final String VERIFIED_ATTRIBUTE = "csrf_token_verified";

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance csrfFailed();
    }

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response, RoutingContext routing) {
        if (response.getStatus() != 400 || response.hasEntity() || SAFE_METHODS.contains(request.getMethod())
                || routing.get(VERIFIED_ATTRIBUTE) != null) {
            return;
        }
        response.setStatus(403);
        if (request.getUriInfo().getPath().startsWith("/api/")) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
            response.setEntity(Problem.body(403, "CSRF token missing or wrong",
                    "Send the token from the page's csrf-token meta tag in the X-CSRF-TOKEN header; "
                            + "a client signed in with a bearer token needs none."));
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8");
        response.setEntity(Templates.csrfFailed().render());
    }
}
