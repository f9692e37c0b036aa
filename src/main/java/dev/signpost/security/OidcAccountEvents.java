package dev.signpost.security;

import io.quarkus.oidc.SecurityEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Turns Keycloak's completed code flow into the portal's own "signed in" event. */
@ApplicationScoped
public class OidcAccountEvents {

    @Inject
    Event<AccountEvent> events;

    void onOidcEvent(@Observes SecurityEvent event) {
        if (event.getEventType() == SecurityEvent.Type.OIDC_LOGIN && event.getSecurityIdentity() != null) {
            events.fire(new AccountEvent(event.getSecurityIdentity().getPrincipal().getName(), AccountEvent.Kind.SIGNED_IN,
                    "Keycloak"));
        }
    }
}
