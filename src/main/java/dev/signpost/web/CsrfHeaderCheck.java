package dev.signpost.web;

import dev.signpost.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Optional;
import java.util.Set;

/**
 * quarkus-rest-csrf checks the token of every form, and of every other write that sends one in the X-CSRF-TOKEN header.
 * A write that is neither a form nor sends the header it lets through ({@code quarkus.rest-csrf.require-form-url-encoded
 * =false}), so that an API client signed in by a bearer token needs no token: its request carries no credential a
 * browser would add by itself, which is what a forged request rides on. Every other such write is refused here as
 * quarkus-rest-csrf would have refused it: a bare 400, which {@link CsrfFailurePage} explains.
 */
public class CsrfHeaderCheck {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    CurrentUser currentUser;
    @ConfigProperty(name = "quarkus.rest-csrf.token-header-name", defaultValue = "X-CSRF-TOKEN")
    String headerName;

    @ServerRequestFilter
    public Optional<Response> requireHeader(ContainerRequestContext request) {
        if (needsHeader(request.getMethod(), request.getMediaType(), request.getHeaderString(headerName) != null)
                && !currentUser.byBearerToken() && !isWebhook(request.getUriInfo().getPath())) {
            return Optional.of(Response.status(400).build());
        }
        return Optional.empty();
    }

    /** Push webhooks carry no ambient credential either: a git server signs them with the source's secret. */
    static boolean isWebhook(String path) {
        return path.startsWith("/webhooks/");
    }

    /** Whether a write must bring the token in the header: it is not a form (whose field quarkus-rest-csrf checks). */
    static boolean needsHeader(String method, MediaType type, boolean headerSent) {
        return !SAFE_METHODS.contains(method) && !headerSent && !isForm(type);
    }

    /** The same test as quarkus-rest-csrf's (exact type and subtype), so that no write falls between the two checks. */
    private static boolean isForm(MediaType type) {
        return type != null && (same(type, MediaType.APPLICATION_FORM_URLENCODED_TYPE) || same(type, MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    private static boolean same(MediaType type, MediaType expected) {
        return expected.getType().equals(type.getType()) && expected.getSubtype().equals(type.getSubtype());
    }
}
