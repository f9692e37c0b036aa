package dev.signpost.security;

import dev.signpost.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With anonymous reading on, an API route that needs a role refuses an anonymous client inside the REST layer
 * ({@code @RolesAllowed}): the same JSON 401 and {@code WWW-Authenticate} as the HTTP layer's (AnonymousReadOffTest),
 * while a page sends the person to sign in.
 */
@QuarkusTest
class ApiChallengeTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/actions", "/api/v1/feedback", "/api/v1/actions/999999999"})
    void shouldAnswerAnAnonymousApiClientWithAJson401AndABearerChallenge(String path) {
        Response response = WebSession.anonymous().get(path);
        assertEquals(401, response.statusCode());
        assertEquals("Bearer realm=\"signpost\"", response.header("WWW-Authenticate"));
        assertNull(response.header("Location"), "no redirect to a sign-in page");
        assertTrue(response.contentType().startsWith("application/json"), response.contentType());
        assertEquals("Not signed in", response.jsonPath().getString("title"));
        assertTrue(response.jsonPath().getString("detail").contains("/signin"), "the demo sign-in says where: " + response.asString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actions", "/feedback/triage"})
    void shouldStillSendAnAnonymousPersonFromAPageToSignIn(String path) {
        Response response = WebSession.anonymous().get(path);
        assertEquals(302, response.statusCode());
        assertTrue(response.header("Location").contains("/signin"), response.header("Location"));
    }
}
