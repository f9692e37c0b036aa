package dev.signpost.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Instances given the same session secret sign alike, so a session started on one is valid on every other. */
class LocalSessionKeyTest {

    private static SecurityConfig config(Optional<String> secret) {
        SecurityConfig.LocalSignIn localSignIn = new SecurityConfig.LocalSignIn() {
            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public Optional<String> sessionSecret() {
                return secret;
            }

            @Override
            public Duration sessionLength() {
                return Duration.ofHours(12);
            }
        };
        return new SecurityConfig() {
            @Override
            public boolean anonymousRead() {
                return true;
            }

            @Override
            public String teamsClaim() {
                return "groups";
            }

            @Override
            public boolean secureCookies() {
                return false;
            }

            @Override
            public LocalSignIn localSignIn() {
                return localSignIn;
            }
        };
    }

    @Test
    void shouldDeriveTheSameKeyOnEveryInstanceFromTheSameSecret() {
        SecurityConfig shared = config(Optional.of("twin-secret-0123456789"));
        assertArrayEquals(LocalSignIn.key(shared, true), LocalSignIn.key(shared, true));
    }

    @Test
    void shouldMakeADifferentKeyOnEachInstanceWithoutASecret() {
        SecurityConfig none = config(Optional.empty());
        assertFalse(java.util.Arrays.equals(LocalSignIn.key(none, true), LocalSignIn.key(none, true)),
                "without a secret two instances cannot read each other's sessions: hence the warning on PostgreSQL");
        SecurityConfig blank = config(Optional.of("  "));
        assertFalse(java.util.Arrays.equals(LocalSignIn.key(blank, false), LocalSignIn.key(blank, false)));
    }
}
