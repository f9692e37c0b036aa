package dev.signpost.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/** The identity of a demo account whose session cookie the {@link LocalSignInMechanism} verified. */
@ApplicationScoped
public class LocalSessionIdentityProvider implements IdentityProvider<LocalSessionRequest> {

    @Override
    public Class<LocalSessionRequest> getRequestType() {
        return LocalSessionRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(LocalSessionRequest request, AuthenticationRequestContext context) {
        return Uni.createFrom().item(DemoAccounts.find(request.username())
                .<SecurityIdentity>map(account -> QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(account.username()))
                        .addRoles(Set.copyOf(account.roles()))
                        .addAttribute(CurrentUser.DISPLAY_NAME, account.displayName())
                        .addAttribute(CurrentUser.TEAMS, Set.copyOf(account.teams()))
                        .build())
                .orElse(null));
    }
}
