package dev.signpost.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Who is making this request: the one place features ask, to show the user and to stamp authorship. Templates reach
 * it as {@code inject:currentUser}.
 */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

    static final String DISPLAY_NAME = "signpost.display-name";
    static final String TEAMS = "signpost.teams";
    public static final String ANONYMOUS = "anonymous";

    @Inject
    SecurityIdentity identity;
    @Inject
    SecurityConfig config;

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    /**
     * Whether this request proved who it is with an access token it carries itself ({@code Authorization: Bearer}, an
     * API client), not with a session cookie a browser adds on its own. Only such requests are safe from cross-site
     * request forgery without a CSRF token. A code-flow session also holds an access token, but with its ID token.
     */
    public boolean byBearerToken() {
        return signedIn() && identity.getCredential(AccessTokenCredential.class) != null
                && identity.getCredential(IdTokenCredential.class) == null;
    }

    /** The stable user name (Keycloak's {@code preferred_username}), or {@value #ANONYMOUS}. */
    public String username() {
        return signedIn() ? identity.getPrincipal().getName() : ANONYMOUS;
    }

    /** A name for people to read: the account's full name where the identity has one. */
    public String displayName() {
        return signedIn() ? displayNameOf(identity) : "Anonymous";
    }

    /** The first letter of the display name, capitalised: the account's mark where its name does not fit. */
    public String initial() {
        String name = displayName().strip();
        return name.isEmpty() ? "?" : new String(Character.toChars(Character.toUpperCase(name.codePointAt(0))));
    }

    /** The display name of a signed-in identity (the demo account's, or the token's {@code name} claim), else its user name. */
    static String displayNameOf(SecurityIdentity identity) {
        String name = identity.getAttribute(DISPLAY_NAME);
        if (name == null && identity.getPrincipal() instanceof JsonWebToken token) {
            name = token.getClaim("name");
        }
        return name == null || name.isBlank() ? identity.getPrincipal().getName() : name;
    }

    /** The {@code email} claim of a signed-in identity's token, when it has one; null otherwise. */
    static String emailOf(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken token ? token.getClaim("email") : null;
    }

    /** The portal roles the user has, in {@link Roles#ALL} order; other roles from the identity provider are left out. */
    public List<String> roles() {
        return Roles.ALL.stream().filter(identity::hasRole).toList();
    }

    /** The teams the user belongs to, by the names content uses as {@code owner}; sorted, empty when anonymous. */
    public SortedSet<String> teams() {
        return signedIn() ? teamsOf(identity, config.teamsClaim()) : Collections.emptySortedSet();
    }

    /** The teams of a signed-in identity: the demo account's, or those of the token's teams claim. */
    static SortedSet<String> teamsOf(SecurityIdentity identity, String teamsClaim) {
        Set<String> local = identity.getAttribute(TEAMS);
        if (local != null) {
            return new TreeSet<>(local);
        }
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            return teamNames(token.getClaim(teamsClaim));
        }
        return Collections.emptySortedSet();
    }

    /** Whether the user is in the team that owns something: {@code owner} as content writes it. */
    public boolean inTeam(String owner) {
        return owner != null && teams().contains(owner);
    }

    /**
     * Team names from a claim's value: a list of names or group paths ({@code /teams/ci-platform} is {@code ci-platform}),
     * or a single one.
     */
    static SortedSet<String> teamNames(Object claim) {
        SortedSet<String> names = new TreeSet<>();
        if (claim instanceof String || claim instanceof JsonString) {
            return teamNames(List.of(claim));
        }
        if (claim instanceof Iterable<?> values) {
            for (Object value : values) {
                String text = value instanceof JsonString json ? json.getString() : String.valueOf(value);
                String name = text.substring(text.lastIndexOf('/') + 1).strip();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return names;
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
