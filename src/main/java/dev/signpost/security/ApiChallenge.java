package dev.signpost.security;

import io.quarkus.security.AuthenticationException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Under {@code /api/} a request that must authenticate gets {@code 401} with a JSON problem and
 * {@code WWW-Authenticate: Bearer}, never a redirect to a sign-in page: the API's clients are programs. Pages keep the
 * challenge of Keycloak's code flow or of the local sign-in. Authenticates nobody itself; it only answers first.
 */
@ApplicationScoped
public class ApiChallenge implements HttpAuthenticationMechanism {

    @Inject
    SecurityConfig config;

    static final String API = "/api/";
    private static final String WWW_AUTHENTICATE = "WWW-Authenticate";
    private static final String AUTHORIZATION = "Authorization";

    /**
     * Authenticates nobody. Under /api/ it takes over Quarkus' handler of failed authentication (the attribute is read
     * when authentication fails, after every mechanism ran): otherwise a token the OIDC mechanism refuses would get that
     * mechanism's own challenge, a bodiless 401. Keycloak being unreachable stays {@link SignInServiceDown}'s 503.
     */
    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        if (isApi(context.normalizedPath())) {
            BiConsumer<RoutingContext, Throwable> standard = context.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER);
            context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, (BiConsumer<RoutingContext, Throwable>) (request, failure) -> {
                if (failure instanceof AuthenticationException && !SignInServiceDown.isIdentityProviderDown(failure)
                        && !request.response().ended()) {
                    sendChallenge(request);
                } else if (standard != null) {
                    standard.accept(request, failure);
                } else {
                    request.fail(failure);
                }
            });
        }
        return Uni.createFrom().nullItem();
    }

    /** Used where Quarkus builds the response itself (a {@code @RolesAllowed} refusal inside the REST layer). */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (!isApi(context.normalizedPath())) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(new ChallengeData(401, WWW_AUTHENTICATE, wwwAuthenticate(context)));
    }

    /** Used by the HTTP layer (anonymous reading off, a token that is not valid): the whole answer, with its body. */
    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        if (!isApi(context.normalizedPath())) {
            return Uni.createFrom().item(false);
        }
        context.response().setStatusCode(401)
                .putHeader(WWW_AUTHENTICATE, wwwAuthenticate(context))
                .putHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON)
                .end(new JsonObject(problem(context.request().getHeader(AUTHORIZATION) != null, config.localSignIn().enabled())).encode());
        return Uni.createFrom().item(true);
    }

    /** Gives the REST layer's bodiless 401s under /api/ the same JSON problem. */
    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 401 && !response.hasEntity() && isApi(request.getUriInfo().getPath())) {
            response.getHeaders().putSingle("Content-Type", MediaType.APPLICATION_JSON);
            response.setEntity(problem(request.getHeaderString(AUTHORIZATION) != null, config.localSignIn().enabled()));
        }
    }

    static boolean isApi(String path) {
        return path != null && path.startsWith(API);
    }

    /** RFC 6750: a request that sent a token which was not accepted is told {@code invalid_token}. */
    private static String wwwAuthenticate(RoutingContext context) {
        return context.request().getHeader(AUTHORIZATION) == null ? "Bearer realm=\"signpost\""
                : "Bearer realm=\"signpost\", error=\"invalid_token\"";
    }

    /** The problem body; with the demo sign-in (no Keycloak) the API is used with the session of /signin. */
    static Map<String, Object> problem(boolean sentCredentials, boolean localSignIn) {
        String detail;
        if (localSignIn) {
            detail = "This installation uses the demo sign-in and takes no access tokens: sign in at /signin first; the API uses the session cookie it sets.";
        } else if (sentCredentials) {
            detail = "The access token is missing, expired or not valid; get a new one from Keycloak and send it as Authorization: Bearer <token>.";
        } else {
            detail = "Send a Keycloak access token as Authorization: Bearer <token> (see docs/operations.md, API clients).";
        }
        return Map.of("status", 401, "title", "Not signed in", "detail", detail);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }

    @Override
    public int getPriority() {
        // Ahead of the local sign-in's and the OIDC mechanism's challenges, which send people to a sign-in page.
        return DEFAULT_PRIORITY + 1000;
    }
}
