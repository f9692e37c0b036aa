package dev.signpost.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.signpost.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.Map;

/**
 * The colour theme a reader picks in the header is remembered in a cookie and rendered by the server into the page's
 * root element, so the page never flashes the other theme; without a choice the page follows the system.
 */
@QuarkusTest
class ThemeTest {

    private static final String PAGE = "/docs/practices/collaboration/where-to-ask-for-help";

    @Test
    void shouldFollowTheSystemUntilTheReaderChooses() {
        Document page = WebSession.anonymous().page(PAGE, 200);
        assertEquals("auto", page.selectFirst("html").attr("data-theme"));
        assertEquals("light dark", page.selectFirst("meta[name=color-scheme]").attr("content"));
        assertEquals("(prefers-color-scheme: dark)", page.selectFirst("link[data-theme-sheet=dark]").attr("media"));
        assertEquals("true", page.selectFirst(".theme-form button[value=auto]").attr("aria-pressed"));
        assertEquals("false", page.selectFirst(".theme-form button[value=dark]").attr("aria-pressed"));
    }

    @Test
    void shouldRememberADarkChoiceAndRenderItWithoutScript() {
        WebSession reader = WebSession.anonymous();
        reader.get(PAGE);
        Response chosen = reader.post("/theme", Map.of("theme", "dark", "return", PAGE));
        assertEquals(303, chosen.statusCode());
        assertTrue(chosen.header("Location").endsWith(PAGE), chosen.header("Location"));
        assertEquals("dark", reader.cookie(Theme.COOKIE));

        Document page = reader.page(PAGE, 200);
        assertEquals("dark", page.selectFirst("html").attr("data-theme"));
        assertEquals("dark", page.selectFirst("meta[name=color-scheme]").attr("content"));
        assertEquals("all", page.selectFirst("link[data-theme-sheet=dark]").attr("media"));
        assertEquals("not all", page.selectFirst("link[data-theme-sheet=light]").attr("media"));
        assertEquals("true", page.selectFirst(".theme-form button[value=dark]").attr("aria-pressed"));
        assertTrue(page.selectFirst(".theme-menu summary").text().contains("Dark"));
    }

    @Test
    void aKeptAnonymousPageIsNotServedInAnotherReadersTheme() {
        WebSession dark = WebSession.anonymous();
        dark.setCookie(Theme.COOKIE, "dark");
        assertEquals("dark", dark.page(PAGE, 200).selectFirst("html").attr("data-theme"));
        assertEquals("dark", dark.page(PAGE, 200).selectFirst("html").attr("data-theme"));
        assertEquals("auto", WebSession.anonymous().page(PAGE, 200).selectFirst("html").attr("data-theme"));
        WebSession light = WebSession.anonymous();
        light.setCookie(Theme.COOKIE, "light");
        assertEquals("light", light.page(PAGE, 200).selectFirst("html").attr("data-theme"));
    }

    @Test
    void shouldGoBackToAutoAndForgetTheChoice() {
        WebSession reader = WebSession.signIn("alice");
        reader.setCookie(Theme.COOKIE, "light");
        reader.get("/tools");
        Response chosen = reader.post("/theme", Map.of("theme", "auto", "return", "/tools"));
        assertEquals(303, chosen.statusCode());
        String cookie = chosen.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith(Theme.COOKIE + "="))
                .findFirst().orElseThrow();
        assertTrue(cookie.contains("Max-Age=0"), cookie);
        assertEquals(null, reader.cookie(Theme.COOKIE), "forgotten");
    }

    @Test
    void shouldIgnoreAGarbledCookie() {
        WebSession reader = WebSession.anonymous();
        reader.setCookie(Theme.COOKIE, "<script>alert(1)</script>");
        Document page = reader.page("/tools", 200);
        assertEquals("auto", page.selectFirst("html").attr("data-theme"));
    }

    @Test
    void shouldRefuseAnUnknownThemeWithAMessage() {
        WebSession reader = WebSession.anonymous();
        reader.get("/tools");
        Response refused = reader.post("/theme", Map.of("theme", "neon", "return", "/tools"));
        assertEquals(400, refused.statusCode());
        assertTrue(Jsoup.parse(refused.asString()).selectFirst("main").text().contains("Choose a theme"));
    }

    @Test
    void shouldNeverSendTheReaderToAnotherSite() {
        WebSession reader = WebSession.anonymous();
        reader.get("/tools");
        Response chosen = reader.post("/theme", Map.of("theme", "light", "return", "//evil.example/x"));
        assertEquals(303, chosen.statusCode());
        assertTrue(chosen.header("Location").matches("https?://[^/]+/"), chosen.header("Location"));
    }

    @Test
    void shouldRefuseAChoiceWithoutTheFormToken() {
        Response refused = WebSession.anonymous().postWithout("/theme", Map.of("theme", "dark", "return", "/"));
        assertTrue(refused.statusCode() == 400 || refused.statusCode() == 403, String.valueOf(refused.statusCode()));
        assertEquals(null, refused.getCookie(Theme.COOKIE));
    }
}
