package dev.signpost.security;

import dev.signpost.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The local (demo) sign-in: the form, its errors, CSRF, the session cookie, the header, sign-out. */
@QuarkusTest
class LocalSignInTest {

    @Test
    void shouldOfferSignInFormWithCsrfTokenAndTheDemoAccounts() {
        Document page = WebSession.anonymous().page("/signin", 200);
        assertEquals("post", page.selectFirst("form.signin").attr("method"));
        assertFalse(page.select("form.signin input[type=hidden][name=csrf-token]").attr("value").isBlank());
        assertNotNull(page.selectFirst("label[for=signin-username]"));
        assertNotNull(page.selectFirst("label[for=signin-password]"));
        assertEquals(List.of("alice", "sam", "maya", "ada"), page.select("table.demo-accounts tbody td:first-child").eachText());
    }

    @Test
    void shouldSetTheCsrfCookieHttpOnlyAndSameSiteLax() {
        io.restassured.http.Cookie cookie = WebSession.anonymous().get("/signin").detailedCookie("csrf-token");
        assertNotNull(cookie, "the sign-in form sets the CSRF cookie");
        assertTrue(cookie.isHttpOnly(), "scripts read the token from the page, never from the cookie");
        assertEquals("Lax", cookie.getSameSite());
    }

    @Test
    void shouldShowSignInLinkBackToThePageWhenAnonymous() {
        Document page = WebSession.anonymous().page("/docs/practices", 200);
        assertEquals("/signin?redirect=%2Fdocs%2Fpractices", page.selectFirst(".account a.signin-link").attr("href"));
        assertNull(page.selectFirst("form.signout"));
    }

    @Test
    void shouldSignInAndShowNameAndRolesInHeader() {
        WebSession sam = WebSession.anonymous();
        sam.get("/signin?redirect=/docs/practices");
        Response response = sam.post("/signin", Map.of("username", "sam", "password", "sam", "redirect", "/docs/practices"));
        assertEquals(303, response.statusCode());
        assertTrue(response.header("Location").endsWith("/docs/practices"), response.header("Location"));
        Cookie cookie = response.detailedCookie("signpost-session");
        assertTrue(cookie.isHttpOnly(), "session cookie is HttpOnly");
        assertEquals("Lax", cookie.getSameSite());

        Document page = sam.page("/docs/practices", 200);
        assertEquals("Sam Sigmember", page.selectFirst(".account .account-name").text());
        assertEquals(List.of("engineer", "sig-member"), page.select(".account .account-roles .role").eachText());
        assertEquals(List.of("ci-platform", "release-engineering"), page.select(".account .account-teams .team").eachText());
        assertNotNull(page.selectFirst(".account form.signout input[name=csrf-token]"));
        assertNull(page.selectFirst(".account a.signin-link"));
    }

    @Test
    void shouldRejectWrongPasswordAndKeepTheUserName() {
        WebSession session = WebSession.anonymous();
        session.get("/signin");
        Response response = session.post("/signin", Map.of("username", "sam", "password", "wrong", "redirect", "/tags"));
        assertEquals(401, response.statusCode());
        Document page = Jsoup.parse(response.asString());
        assertEquals("That user name and password do not match a demo account.", page.selectFirst("#signin-error").text());
        assertEquals("sam", page.selectFirst("#signin-username").attr("value"));
        assertEquals("", page.selectFirst("#signin-password").attr("value"), "the password is never sent back");
        assertEquals("/tags", page.selectFirst("input[name=redirect]").attr("value"), "the way back is kept");
        assertNull(session.cookie("signpost-session"));
    }

    @Test
    void shouldRejectUnknownUserWithTheSameMessage() {
        WebSession session = WebSession.anonymous();
        session.get("/signin");
        Response response = session.post("/signin", Map.of("username", "mallory", "password", "mallory"));
        assertEquals(401, response.statusCode());
        assertEquals("That user name and password do not match a demo account.",
                Jsoup.parse(response.asString()).selectFirst("#signin-error").text());
    }

    @Test
    void shouldAskForBothFieldsWhenOneIsEmpty() {
        WebSession session = WebSession.anonymous();
        session.get("/signin");
        Response response = session.post("/signin", Map.of("username", "alice", "password", ""));
        assertEquals(400, response.statusCode());
        Document page = Jsoup.parse(response.asString());
        assertEquals("Enter both your user name and your password.", page.selectFirst("#signin-error").text());
        assertEquals("alice", page.selectFirst("#signin-username").attr("value"));
    }

    @Test
    void shouldRefuseSignInWithoutCsrfTokenAndExplainWhy() {
        WebSession session = WebSession.anonymous();
        session.get("/signin");
        Response response = session.postWithout("/signin", Map.of("username", "ada", "password", "ada"));
        assertEquals(403, response.statusCode());
        assertEquals("This form has expired", Jsoup.parse(response.asString()).selectFirst("main h1").text());
        assertNull(session.cookie("signpost-session"), "no session without a valid token");
    }

    @Test
    void shouldRefuseSignInWithAnotherSessionsCsrfToken() {
        WebSession victim = WebSession.anonymous();
        victim.get("/signin");
        WebSession attacker = WebSession.anonymous();
        attacker.get("/signin");
        String attackersToken = attacker.cookie("csrf-token");
        Response response = victim.postWithout("/signin", Map.of("username", "ada", "password", "ada", "csrf-token", attackersToken));
        assertEquals(403, response.statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "docs"})
    void shouldNeverRedirectOffSiteAfterSignIn(String target) {
        WebSession session = WebSession.anonymous();
        session.get("/signin");
        Response response = session.post("/signin", Map.of("username", "alice", "password", "alice", "redirect", target));
        assertEquals(303, response.statusCode());
        assertEquals("/", java.net.URI.create(response.header("Location")).getPath());
        assertNull(java.net.URI.create(response.header("Location")).getQuery());
    }

    @Test
    void shouldSignOutAndForgetTheSession() {
        WebSession maya = WebSession.signIn("maya");
        maya.get("/docs");
        String oldCookie = maya.cookie("signpost-session");
        Response response = maya.post("/signout", Map.of());
        assertEquals(303, response.statusCode());
        assertEquals(0, response.detailedCookie("signpost-session").getMaxAge());
        Document page = maya.page("/docs", 200);
        assertNotNull(page.selectFirst(".account a.signin-link"));
        assertNotNull(oldCookie);
    }

    @Test
    void shouldAcceptTheCsrfTokenAsAHeaderAsScriptsSendIt() {
        WebSession maya = WebSession.signIn("maya");
        Document page = maya.page("/docs", 200);
        String token = page.selectFirst("meta[name=csrf-token]").attr("content");
        assertFalse(token.isBlank(), "every page carries the token for scripts");
        Response response = io.restassured.RestAssured.given().redirects().follow(false)
                .cookie("csrf-token", maya.cookie("csrf-token")).cookie("signpost-session", maya.cookie("signpost-session"))
                .header("X-CSRF-TOKEN", token).post("/signout");
        assertEquals(303, response.statusCode());
        assertEquals(0, response.detailedCookie("signpost-session").getMaxAge());
    }

    @Test
    void shouldRefuseSignOutWithoutCsrfToken() {
        WebSession maya = WebSession.signIn("maya");
        Response response = maya.postWithout("/signout", Map.of());
        assertEquals(403, response.statusCode());
        assertEquals("Maya Manager", maya.page("/docs", 200).selectFirst(".account .account-name").text(), "still signed in");
    }

    @Test
    void shouldTreatForgedSessionCookieAsAnonymous() {
        WebSession session = WebSession.signIn("alice");
        String value = session.cookie("signpost-session");
        String[] parts = value.split("\\.");
        String forgedUser = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("ada".getBytes());
        session.setCookie("signpost-session", forgedUser + "." + parts[1] + "." + parts[2]);
        Document page = session.page("/docs", 200);
        assertNotNull(page.selectFirst(".account a.signin-link"), "a cookie with a wrong signature signs nobody in");
        assertEquals(302, session.get("/admin/audit").statusCode());
    }

    @Test
    void shouldSendAnonymousVisitorOfProtectedPageToSignInAndBack() {
        Response response = WebSession.anonymous().get("/admin/audit?actor=ada");
        assertEquals(302, response.statusCode());
        assertTrue(response.header("Location").endsWith("/signin?redirect=%2Fadmin%2Faudit%3Factor%3Dada"), response.header("Location"));
    }

    @Test
    void shouldGoStraightBackWhenAlreadySignedIn() {
        Response response = WebSession.signIn("alice").get("/signin?redirect=/tags");
        assertEquals(303, response.statusCode());
        assertTrue(response.header("Location").endsWith("/tags"));
    }
}
