package dev.signpost.security;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A program using the JSON API with a Keycloak access token from the client-credentials grant (the realm's
 * {@code signpost-bot}, an engineer), against the Keycloak of {@code src/test/keycloak/keycloak.sh}, with anonymous
 * reading off as in production. Tagged {@code keycloak}: only {@code ./mvnw -B test -Pkeycloak} runs it.
 */
@Tag("keycloak")
@QuarkusTest
@TestProfile(KeycloakApiProfile.class)
class KeycloakApiTest {

    private static final String BOT = "signpost-bot";
    private static final String BOT_SECRET = "signpost-bot-dev-secret";
    /** The portal knows Keycloak as localhost (KeycloakProfile); a token's issuer is the address it was asked at. */
    private static final String TOKEN_URL = KeycloakProfile.AUTH_SERVER_URL + "/protocol/openid-connect/token";

    @BeforeAll
    static void requireKeycloak() {
        KeycloakCodeFlowTest.requireKeycloak();
    }

    @Test
    void shouldServeTheApiToABotWithAClientCredentialsToken() {
        Response response = api(botToken(TOKEN_URL)).get("/api/v1/pages");
        assertEquals(200, response.statusCode(), response.asString());
        assertTrue(response.contentType().startsWith("application/json"), response.contentType());
        assertFalse(response.jsonPath().getList("$").isEmpty(), "the bundled pages");
        assertNull(response.getCookie("q_session"), "no session is made for a token");
    }

    @Test
    void shouldAnswerAnApiClientWithoutATokenWithAJson401() {
        Response response = api(null).get("/api/v1/pages");
        assertEquals(401, response.statusCode());
        assertEquals("Bearer realm=\"signpost\"", response.header("WWW-Authenticate"));
        assertNull(response.header("Location"), "never a redirect to Keycloak's login page");
        assertTrue(response.contentType().startsWith("application/json"), response.contentType());
        assertEquals("Not signed in", response.jsonPath().getString("title"));
    }

    @Test
    void shouldRefuseAGarbageToken() {
        Response response = api("not-a-token").get("/api/v1/pages");
        assertEquals(401, response.statusCode());
        assertEquals("Bearer realm=\"signpost\", error=\"invalid_token\"", response.header("WWW-Authenticate"));
        assertNull(response.header("Location"));
        assertTrue(response.contentType().startsWith("application/json"), response.contentType());
        assertEquals("Not signed in", response.jsonPath().getString("title"));
    }

    @Test
    void shouldRefuseAGenuineTokenOfAnotherIssuer() {
        // the same realm asked at 127.0.0.1 signs its tokens as issued by http://127.0.0.1:8180/realms/signpost
        String token = botToken("http://127.0.0.1:8180/realms/signpost/protocol/openid-connect/token");
        Response response = api(token).get("/api/v1/pages");
        assertEquals(401, response.statusCode());
        assertNull(response.header("Location"));
        assertEquals("Not signed in", response.jsonPath().getString("title"));
    }

    @Test
    void shouldRefuseATokenTheRealmGaveAnotherApplication() {
        // admin-cli, which every realm has, signs alice in with her password; its tokens are not meant for Signpost
        Response issued = given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "alice").formParam("password", "alice").post(TOKEN_URL);
        assertEquals(200, issued.statusCode(), issued.asString());
        Response response = api(issued.jsonPath().getString("access_token")).get("/api/v1/pages");
        assertEquals(401, response.statusCode(), "a token without Signpost in its audience");
        assertEquals("Bearer realm=\"signpost\", error=\"invalid_token\"", response.header("WWW-Authenticate"));
        assertNull(response.header("Location"));
    }

    @Test
    void shouldRefuseTheBotWhatItsRolesDoNotAllowWithAJson403() {
        Response response = api(botToken(TOKEN_URL)).get("/api/v1/feedback");
        assertEquals(403, response.statusCode());
        assertTrue(response.contentType().startsWith("application/json"), response.contentType());
        assertEquals("Forbidden", response.jsonPath().getString("title"));
        assertTrue(response.jsonPath().getString("detail").startsWith("service-account-signpost-bot lacks the role"),
                "the service account's preferred_username is the user name: " + response.jsonPath().getString("detail"));
    }

    @Test
    void shouldLetABotWriteWithoutACsrfToken() {
        Response response = api(botToken(TOKEN_URL)).contentType(ContentType.JSON).body("{\"text\": \"From the bot\"}")
                .post("/api/v1/actions/999999999/comments");
        assertEquals(404, response.statusCode(), "past the CSRF check and the role check, to the missing item: " + response.asString());
        assertEquals("Not found", response.jsonPath().getString("title"));
    }

    @Test
    void shouldStillSendAPersonOnAPageToKeycloak() {
        Response response = api(null).get("/docs");
        assertEquals(302, response.statusCode());
        assertTrue(response.header("Location").startsWith(KeycloakProfile.AUTH_SERVER_URL + "/protocol/openid-connect/auth"),
                response.header("Location"));
    }

    @Test
    void shouldStillAskABrowserSessionForTheCsrfTokenOnAJsonWrite() throws IOException {
        try (WebClient browser = new WebClient()) {
            browser.getOptions().setJavaScriptEnabled(false);
            browser.getOptions().setCssEnabled(false);
            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            String portal = "http://127.0.0.1:" + RestAssured.port;
            HtmlPage login = browser.getPage(portal + "/signin?redirect=%2Fdocs");
            HtmlForm form = (HtmlForm) login.getElementById("kc-form-login");
            assertNotNull(form, "Keycloak's login form: " + login.getUrl());
            form.getInputByName("username").setValue("sam");
            form.getInputByName("password").setValue("sam");
            HtmlPage docs = login.getElementById("kc-login").click();
            assertEquals(portal + "/docs", docs.getUrl().toString(), "signed in through the code flow");

            WebRequest write = new WebRequest(new URL(portal + "/api/v1/actions/999999999/comments"), HttpMethod.POST);
            write.setAdditionalHeader("Content-Type", "application/json");
            write.setAdditionalHeader("Accept", "application/json");
            write.setRequestBody("{\"text\": \"Forged\"}");
            WebResponse refused = browser.loadWebResponse(write);
            assertEquals(403, refused.getStatusCode(), "the session cookie alone does not make a write: " + refused.getContentAsString());
            assertTrue(refused.getContentAsString().contains("CSRF token missing or wrong"), refused.getContentAsString());
        }
    }

    /** An access token for the demo bot, by the client-credentials grant. */
    private static String botToken(String tokenUrl) {
        Response response = given().formParam("grant_type", "client_credentials").formParam("client_id", BOT)
                .formParam("client_secret", BOT_SECRET).post(tokenUrl);
        assertEquals(200, response.statusCode(), response.asString());
        return response.jsonPath().getString("access_token");
    }

    private static io.restassured.specification.RequestSpecification api(String token) {
        var request = given().redirects().follow(false).accept(ContentType.JSON);
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }
}
