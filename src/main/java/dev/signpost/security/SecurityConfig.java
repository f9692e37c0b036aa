package dev.signpost.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** {@code signpost.security.*}: who may read without signing in, and the local sign-in used without Keycloak. */
@ConfigMapping(prefix = "signpost.security")
public interface SecurityConfig {

    /** When false, every page but health needs a signed-in user; when true, reading is open and only writes need a role. */
    @WithDefault("false")
    boolean anonymousRead();

    /**
     * The token claim that lists the user's teams (Keycloak: a group membership mapper). A team's name is what content
     * writes as {@code owner}; a group path such as {@code /teams/ci-platform} counts as its last part.
     */
    @WithDefault("groups")
    String teamsClaim();

    /**
     * Marks every cookie Signpost sets itself (sign-in session, flash message, anonymous rater) {@code Secure}, so a
     * browser sends it over HTTPS only. On in production; Keycloak's and the CSRF cookies have their own settings.
     */
    @WithDefault("true")
    boolean secureCookies();

    LocalSignIn localSignIn();

    interface LocalSignIn {

        /** The demo accounts' sign-in page. For development, tests and demos; production refuses to start with it. */
        @WithDefault("false")
        boolean enabled();

        /** Key that signs the session cookie; without it a random key is made at start-up and sessions end with a restart. */
        Optional<String> sessionSecret();

        /** How long a local sign-in lasts. */
        @WithDefault("12H")
        Duration sessionLength();
    }
}
