package dev.signpost.security;

import dev.signpost.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keycloak configured but unreachable: pages that need sign-in answer 503 with a message, never a bare 500. */
@QuarkusTest
@TestProfile(SignInServiceDownTest.KeycloakUnreachable.class)
class SignInServiceDownTest {

    public static class KeycloakUnreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.tenant-enabled", "true",
                    // port 9 (discard) has no listener here: every connection is refused
                    "quarkus.oidc.auth-server-url", "http://127.0.0.1:9/realms/signpost",
                    "quarkus.oidc.client-id", "signpost",
                    "quarkus.oidc.credentials.secret", "irrelevant",
                    "quarkus.oidc.connection-delay", "0S",
                    "signpost.security.local-sign-in.enabled", "false",
                    "signpost.security.anonymous-read", "false");
        }
    }

    @Test
    void shouldExplainThatSignInIsUnavailable() {
        Response response = WebSession.anonymous().get("/docs/practices");
        assertEquals(503, response.statusCode());
        assertEquals("30", response.header("Retry-After"));
        assertEquals("Sign-in is temporarily unavailable", Jsoup.parse(response.asString()).selectFirst("h1").text());
    }

    @Test
    void shouldAnswerTheApiWithJson() {
        // an API client's token cannot be checked without Keycloak's keys
        Response response = given().header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln").get("/api/v1/pages");
        assertEquals(503, response.statusCode());
        assertEquals("30", response.header("Retry-After"));
        assertTrue(response.contentType().startsWith("application/json"));
        assertEquals("Sign-in unavailable", response.jsonPath().getString("title"));
    }

    @Test
    void shouldStillTellAnApiClientWithoutATokenToSendOne() {
        // that answer needs no Keycloak: the client learns what to send, and gets the 503 once it sends a token
        Response response = WebSession.anonymous().get("/api/v1/pages");
        assertEquals(401, response.statusCode());
        assertEquals("Bearer realm=\"signpost\"", response.header("WWW-Authenticate"));
        assertEquals("Not signed in", response.jsonPath().getString("title"));
    }

    @Test
    void shouldKeepHealthAnswering() {
        assertEquals(200, WebSession.anonymous().get("/q/health/live").statusCode());
    }
}
