package dev.signpost.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.List;

/**
 * Who is making this request: the one place features ask, to show the user and to stamp authorship. Templates reach
 * it as {@code inject:currentUser}.
 */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

    static final String DISPLAY_NAME = "signpost.display-name";
    public static final String ANONYMOUS = "anonymous";

    @Inject
    SecurityIdentity identity;

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    /** The stable user name (Keycloak's {@code preferred_username}), or {@value #ANONYMOUS}. */
    public String username() {
        return signedIn() ? identity.getPrincipal().getName() : ANONYMOUS;
    }

    /** A name for people to read: the account's full name where the identity has one. */
    public String displayName() {
        if (!signedIn()) {
            return "Anonymous";
        }
        String name = identity.getAttribute(DISPLAY_NAME);
        if (name == null && identity.getPrincipal() instanceof JsonWebToken token) {
            name = token.getClaim("name");
        }
        return name == null || name.isBlank() ? username() : name;
    }

    /** The portal roles the user has, in {@link Roles#ALL} order; other roles from the identity provider are left out. */
    public List<String> roles() {
        return Roles.ALL.stream().filter(identity::hasRole).toList();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean hasAnyRole(String... roles) {
        for (String role : roles) {
            if (identity.hasRole(role)) {
                return true;
            }
        }
        return false;
    }
}
