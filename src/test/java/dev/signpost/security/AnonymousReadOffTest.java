package dev.signpost.security;

import dev.signpost.WebSession;
import dev.signpost.notifications.Kind;
import dev.signpost.notifications.email.Unsubscribe;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code signpost.security.anonymous-read=false} (the production default): everything but health and sign-in needs a user. */
@QuarkusTest
@TestProfile(AnonymousReadOffTest.ClosedReading.class)
class AnonymousReadOffTest {

    public static class ClosedReading implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("signpost.security.anonymous-read", "false");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/docs", "/docs/practices", "/tags", "/docs/stale", "/api/v1/pages", "/q/openapi",
            "/docs/no-such-page", "/no-such-path", "/tags/ci", "/tools", "/tools/github-actions", "/roadmap", "/roadmap/reviews",
            "/sigs", "/sigs/code-deployment", "/api/v1/tools", "/api/v1/roadmap", "/q/swagger-ui/",
            "/search?q=rollback", "/api/v1/search?q=rollback"})
    void shouldSendAnonymousReadersToSignIn(String path) {
        Response response = WebSession.anonymous().get(path);
        if (path.startsWith("/api/")) {
            assertEquals(401, response.statusCode(), "the API answers 401, not a login page");
            assertEquals("Bearer realm=\"signpost\"", response.header("WWW-Authenticate"));
            assertNull(response.header("Location"), "no redirect to a sign-in page");
            assertTrue(response.contentType().startsWith("application/json"), response.contentType());
            assertEquals(401, response.jsonPath().getInt("status"));
            assertEquals("Not signed in", response.jsonPath().getString("title"));
            return;
        }
        assertEquals(302, response.statusCode(), path);
        assertTrue(response.header("Location").contains("/signin"), response.header("Location"));
    }

    @Test
    void shouldTellAnApiClientWhoseTokenIsNotAcceptedSoInJson() {
        // without Keycloak (the test profile) no token is accepted: the request stays anonymous
        Response response = given().header("Authorization", "Bearer not-a-token").redirects().follow(false).get("/api/v1/pages");
        assertEquals(401, response.statusCode());
        assertEquals("Bearer realm=\"signpost\", error=\"invalid_token\"", response.header("WWW-Authenticate"));
        assertNull(response.header("Location"));
        assertTrue(response.jsonPath().getString("detail").contains("takes no access tokens"), "the demo sign-in says so: " + response.asString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/health", "/q/health/ready", "/q/health/live", "/signin", "/css/signpost.css", "/favicon.svg",
            "/js/signpost.js", "/js/highlight-core.js", "/_static/highlight.js/es/languages/yaml.js"})
    void shouldKeepHealthSignInAndAssetsOpen(String path) {
        assertEquals(200, WebSession.anonymous().get(path).statusCode(), path);
    }

    @Test
    void shouldLetAMailProgramFollowAnUnsubscribeLinkWithoutSigningIn() {
        Unsubscribe links = Arc.container().instance(Unsubscribe.class).get();
        String link = Unsubscribe.PATH + "?" + links.query("reader-" + UUID.randomUUID(), Kind.ACTION_ASSIGNED);
        assertEquals(200, WebSession.anonymous().get(link).statusCode(), "the signed link is the credential");
        assertEquals(200, given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .body("List-Unsubscribe=One-Click").post(link).statusCode());
        assertEquals(400, WebSession.anonymous().get(Unsubscribe.PATH + "?user=alice&kind=action-assigned&sig=forged").statusCode());
    }

    @Test
    void shouldLetAnySignedInUserRead() {
        WebSession alice = WebSession.signIn("alice");
        assertEquals(200, alice.get("/docs/practices").statusCode());
        assertEquals(200, alice.get("/api/v1/pages").statusCode());
        assertEquals(403, alice.get("/admin/audit").statusCode(), "roles still apply");
    }
}
