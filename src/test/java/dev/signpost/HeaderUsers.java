package dev.signpost;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.Principal;
import java.util.Set;

/**
 * Tests only: a request with {@value #HEADER} is signed in as that user, an engineer (plus the roles in
 * {@value #ROLES_HEADER}), so that a test can act as many people at once (the demo accounts are four). Requests without
 * the header are left to the portal's own sign-in.
 */
@ApplicationScoped
public class HeaderUsers implements HttpAuthenticationMechanism {

    public static final String HEADER = "X-Test-User";
    public static final String ROLES_HEADER = "X-Test-Roles";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String user = context.request().getHeader(HEADER);
        if (user == null || user.isBlank()) {
            return Uni.createFrom().nullItem();
        }
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder().setPrincipal((Principal) () -> user)
                .addRole("engineer");
        String roles = context.request().getHeader(ROLES_HEADER);
        if (roles != null) {
            for (String role : roles.split(",")) {
                identity.addRole(role.strip());
            }
        }
        return Uni.createFrom().item(identity.build());
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1000;
    }
}
