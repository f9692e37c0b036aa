package dev.signpost.security;

import dev.signpost.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With {@code signpost.security.secure-cookies} on (production's default), every cookie Signpost sets itself is
 * {@code Secure} and keeps its other attributes: the sign-in session, the flash message and the anonymous rater.
 */
@QuarkusTest
@Tag("database")
@TestProfile(SecureCookiesTest.SecureCookiesOn.class)
class SecureCookiesTest {

    public static class SecureCookiesOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("signpost.security.secure-cookies", "true");
        }
    }

    private static final String PAGE = "/docs/practices/ci/secrets-in-ci";

    @Test
    void shouldMarkTheSessionCookieSecure() {
        WebSession sam = WebSession.anonymous();
        sam.get("/signin");
        Response signedIn = sam.post("/signin", Map.of("username", "sam", "password", "sam", "redirect", "/"));
        assertEquals(303, signedIn.statusCode());
        assertSecure(signedIn.detailedCookie("signpost-session"));
    }

    @Test
    void shouldMarkTheFlashAndVisitorCookiesSecure() {
        WebSession visitor = WebSession.anonymous();
        visitor.get(PAGE);
        Response rated = visitor.post("/feedback/rating", Map.of("page", PAGE, "rating", "yes"));
        assertEquals(303, rated.statusCode());
        assertSecure(rated.detailedCookie("signpost-visitor"));
        assertSecure(rated.detailedCookie("signpost-flash"));

        Response next = visitor.get(PAGE);
        Cookie cleared = next.detailedCookie("signpost-flash");
        assertNotNull(cleared, "the flash is cleared once shown");
        assertTrue(cleared.isSecured(), "the clearing cookie is Secure too");
    }

    private static void assertSecure(Cookie cookie) {
        assertNotNull(cookie);
        assertAll(() -> assertTrue(cookie.isSecured(), cookie + " is Secure"),
                () -> assertTrue(cookie.isHttpOnly(), cookie + " stays HttpOnly"),
                () -> assertEquals("Lax", cookie.getSameSite(), cookie + " stays SameSite=Lax"));
    }
}
