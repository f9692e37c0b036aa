package dev.signpost.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.Set;

/**
 * Authenticates requests by the local sign-in's session cookie, and sends people who must sign in to {@code /signin}
 * (programs calling {@code /api/} get the {@link ApiChallenge}'s 401 instead).
 * Inactive (no identity, no challenge) unless local sign-in is enabled, so Keycloak's code flow handles both then.
 */
@ApplicationScoped
public class LocalSignInMechanism implements HttpAuthenticationMechanism {

    @Inject
    LocalSignIn localSignIn;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        if (!localSignIn.enabled()) {
            return Uni.createFrom().nullItem();
        }
        Optional<String> user = localSignIn.user(context.request());
        if (user.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(new LocalSessionRequest(user.get()), context));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (!localSignIn.enabled() || ApiChallenge.isApi(context.normalizedPath())) {
            // under /api/ the ApiChallenge answers
            return Uni.createFrom().nullItem();
        }
        String uri = context.request().uri();
        return Uni.createFrom().item(new ChallengeData(302, HttpHeaders.LOCATION, SignInTarget.signInHref(uri)));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(LocalSessionRequest.class);
    }

    @Override
    public int getPriority() {
        // Ahead of the OIDC mechanism, which has no challenge of its own while its tenant is disabled.
        return DEFAULT_PRIORITY + 500;
    }
}
