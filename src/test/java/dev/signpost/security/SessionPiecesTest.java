package dev.signpost.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pure pieces of sign-in: the signed cookie, the redirect target, demo passwords, implied roles. */
class SessionPiecesTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final byte[] KEY = "a key for tests only, 32 bytes!!".getBytes(StandardCharsets.UTF_8);

    private static LocalSessionCookie at(Instant now) {
        return new LocalSessionCookie(KEY, Clock.fixed(now, ZoneOffset.UTC), Duration.ofHours(12));
    }

    @Test
    void shouldReadBackAnIssuedCookieUntilItExpires() {
        String value = at(NOW).issue("sam");
        assertEquals(Optional.of("sam"), at(NOW.plusSeconds(3600)).verify(value));
        assertEquals(Optional.empty(), at(NOW.plus(Duration.ofHours(12))).verify(value));
    }

    @Test
    void shouldRejectACookieSignedWithAnotherKey() {
        String value = new LocalSessionCookie("another key, also 32 bytes long!".getBytes(StandardCharsets.UTF_8),
                Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofHours(1)).issue("ada");
        assertEquals(Optional.empty(), at(NOW).verify(value));
    }

    @Test
    void shouldRejectAnExtendedExpiry() {
        String[] parts = at(NOW).issue("alice").split("\\.");
        String extended = parts[0] + "." + (Long.parseLong(parts[1]) + 86_400) + "." + parts[2];
        assertEquals(Optional.empty(), at(NOW).verify(extended));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "..", "abc", "a.b.c", "YWRh.notanumber.AAAA", "%%%.1.@@@"})
    void shouldRejectGarbageWithoutThrowing(String value) {
        assertEquals(Optional.empty(), at(NOW).verify(value));
    }

    @Test
    void shouldRejectAnOverlongCookie() {
        assertEquals(Optional.empty(), at(NOW).verify("a".repeat(600)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/docs/a?b=c#d", "/", "/tags/ci"})
    void shouldKeepLocalTargets(String target) {
        assertEquals(target, SignInTarget.safe(target));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example", "//evil.example", "/\\evil.example", "docs", "/a\nb", "/a\\b"})
    void shouldReplaceOffSiteOrOddTargetsWithHome(String target) {
        assertEquals("/", SignInTarget.safe(target));
    }

    @Test
    void shouldBuildSignInLinksThatComeBack() {
        assertEquals("/signin?redirect=%2Fdocs%2Fx%3Fq%3D1", SignInTarget.signInHref("/docs/x?q=1"));
        assertEquals("/signin", SignInTarget.signInHref("/"));
        assertEquals("/signin", SignInTarget.signInHref("/signin?redirect=/x"));
    }

    @Test
    void shouldAcceptOnlyTheRightDemoPassword() {
        assertTrue(DemoAccounts.verify("ada", "ada").isPresent());
        assertTrue(DemoAccounts.verify(" ada ", "ada").isPresent(), "spaces around the user name are forgiven");
        assertTrue(DemoAccounts.verify("ada", "Ada").isEmpty());
        assertTrue(DemoAccounts.verify("ada", "").isEmpty());
        assertTrue(DemoAccounts.verify("eve", "eve").isEmpty());
        assertTrue(DemoAccounts.verify(null, null).isEmpty());
    }

    @Test
    void shouldMakeEverySignedInUserAnEngineerAndAdminsEverything() {
        assertEquals(Set.of("engineer"), RoleHierarchy.implied(Set.of()));
        assertEquals(Set.of("engineer"), RoleHierarchy.implied(Set.of("sig-member")));
        assertEquals(Set.copyOf(Roles.ALL), RoleHierarchy.implied(Set.of("admin")));
    }
}
