package dev.signpost.security;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The portal as production runs it, signing people in with Keycloak's code flow, against the development Keycloak of
 * {@code src/test/keycloak/keycloak.sh} (realm {@code deploy/keycloak/signpost-realm.json}). Everything else stays as in
 * the {@code test} profile.
 */
public class KeycloakProfile implements QuarkusTestProfile {

    /**
     * Keycloak by the name {@code localhost}, though it listens on 127.0.0.1 only: Keycloak marks its login cookies
     * {@code Secure} (and {@code SameSite=None}) even over plain HTTP, and a browser sends such cookies back over HTTP
     * only to a host it trusts as local. Chrome and Firefox trust both names; HtmlUnit trusts only {@code localhost},
     * so with 127.0.0.1 every login would end on Keycloak's "cookie not found" page. The portal stays on 127.0.0.1,
     * which also keeps its cookies and Keycloak's apart.
     */
    static final String AUTH_SERVER_URL = "http://localhost:8180/realms/signpost";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                // the test profile switches the OIDC tenant off; this is the one test that wants it
                "quarkus.oidc.tenant-enabled", "true",
                "quarkus.oidc.auth-server-url", AUTH_SERVER_URL,
                "quarkus.oidc.client-id", "signpost",
                "quarkus.oidc.credentials.secret", "signpost-dev-secret",
                // otherwise the local sign-in's mechanism answers the challenge with its own form, not Keycloak's
                "signpost.security.local-sign-in.enabled", "false",
                // as in the other tests: the header can be checked before signing in and after signing out
                "signpost.security.anonymous-read", "true",
                // the realm's client allows redirects to port 8081 only; other tests take a free port
                "quarkus.http.test-port", "8081");
    }
}
