package dev.signpost.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.signpost.KeepingParts;
import dev.signpost.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The much-read pages without a query string are rendered whole once for every reader with the same roles, theme and
 * zone and kept ({@link SharedPages}); each request puts its reader's header and token in. Parts are kept for a minute
 * here, so the second reader of each pair gets the page the first one's request made. (The action tracker is for people
 * signed in.)
 */
@QuarkusTest
@TestProfile(KeepingParts.class)
class SharedPagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"/tools", "/roadmap", "/actions", "/sigs/developer-experience"})
    void everyReaderGetsTheKeptPageWithTheirOwnHeaderAndToken(String path) {
        WebSession first = WebSession.signIn("alice");
        WebSession second = WebSession.signIn("alice");
        Document one = first.page(path, 200);
        Document two = second.page(path, 200);
        Document sam = WebSession.signIn("sam").page(path, 200);

        String token = second.cookie(WebSession.CSRF_FIELD);
        assertNotEquals(first.cookie(WebSession.CSRF_FIELD), token);
        assertEquals(token, two.selectFirst("meta[name=csrf-token]").attr("content"));
        assertEquals(token, two.selectFirst(".account form.signout input[name=csrf-token]").attr("value"));
        assertEquals(token, two.selectFirst("form.theme-form input[name=csrf-token]").attr("value"));
        assertEquals("Alice Engineer", two.selectFirst(".account-name").text());
        assertEquals("Sam Sigmember", sam.selectFirst(".account-name").text());
        for (Document page : new Document[] {one, two, sam}) {
            assertFalse(page.html().contains("<!--sp-"), "no marker is left in " + path);
        }
        assertEquals(one.selectFirst("main h1").text(), two.selectFirst("main h1").text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/tools", "/roadmap", "/sigs/developer-experience"})
    void everyAnonymousReaderGetsTheKeptPageWithTheirOwnToken(String path) {
        WebSession first = WebSession.anonymous();
        WebSession second = WebSession.anonymous();
        Document one = first.page(path, 200);
        Document two = second.page(path, 200);
        Document again = first.page(path, 200);

        assertNotEquals(first.cookie(WebSession.CSRF_FIELD), second.cookie(WebSession.CSRF_FIELD));
        assertEquals(second.cookie(WebSession.CSRF_FIELD), two.selectFirst("meta[name=csrf-token]").attr("content"));
        assertEquals(first.cookie(WebSession.CSRF_FIELD), again.selectFirst("meta[name=csrf-token]").attr("content"));
        assertNull(two.selectFirst(".account-name"));
        assertNotNull(two.selectFirst("header a.signin-link"));
        assertFalse(two.html().contains("<!--sp-"), "no marker is left in " + path);
        String token = second.cookie(WebSession.CSRF_FIELD);
        assertTrue(two.select("input[name=csrf-token]").eachAttr("value").stream().allMatch(token::equals),
                "every form carries the reader's token");
        one.select("input[name=csrf-token]").remove();
        two.select("input[name=csrf-token]").remove();
        assertEquals(one.selectFirst("main").outerHtml(), two.selectFirst("main").outerHtml());
    }
}
