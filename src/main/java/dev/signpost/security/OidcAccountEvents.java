package dev.signpost.security;

import io.quarkus.oidc.SecurityEvent;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;

/**
 * Turns Keycloak's completed code flow into the portal's own "signed in" event. Observed asynchronously: quarkus-oidc
 * fires the event on the I/O thread that finishes the code flow, where the audit log's transaction may not run.
 */
@ApplicationScoped
public class OidcAccountEvents {

    @Inject
    Event<AccountEvent> events;
    @Inject
    SecurityConfig config;

    void onOidcEvent(@ObservesAsync SecurityEvent event) {
        if (event.getEventType() == SecurityEvent.Type.OIDC_LOGIN && event.getSecurityIdentity() != null) {
            SecurityIdentity identity = event.getSecurityIdentity();
            events.fire(AccountEvent.signedIn(identity.getPrincipal().getName(), CurrentUser.displayNameOf(identity),
                    CurrentUser.teamsOf(identity, config.teamsClaim()), CurrentUser.emailOf(identity), "Keycloak"));
        }
    }
}
