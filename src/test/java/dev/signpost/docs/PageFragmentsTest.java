package dev.signpost.docs;

import dev.signpost.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The parts of a page rendered once for every reader carry nothing of the person who first asked for them. */
@QuarkusTest
class PageFragmentsTest {

    private static final String PAGE = "/docs/practices/ci/migrating-a-jenkins-pipeline";

    @Test
    void theSharedPartsAreTheSameForEveryoneAndThePersonalPartsAreEachReadersOwn() {
        Document sam = WebSession.signIn("sam").page(PAGE, 200);
        Document anonymous = WebSession.anonymous().page(PAGE, 200);
        Document alice = WebSession.signIn("alice").page(PAGE, 200);

        assertEquals(sam.selectFirst("nav.doc-nav").outerHtml(), anonymous.selectFirst("nav.doc-nav").outerHtml());
        assertEquals(sam.selectFirst("aside.doc-toc").outerHtml(), alice.selectFirst("aside.doc-toc").outerHtml());
        assertEquals(sam.selectFirst("header.doc-header").outerHtml(), anonymous.selectFirst("header.doc-header").outerHtml());
        assertNotNull(anonymous.selectFirst("nav.doc-nav a[aria-current=page]"), "the current page is marked");
        assertEquals(PAGE, anonymous.selectFirst("nav.doc-nav a[aria-current=page]").attr("href"));

        assertNotNull(sam.selectFirst("aside#owner-feedback"), "the owning team's member sees the ratings panel");
        assertNull(anonymous.selectFirst("aside#owner-feedback"), "nobody else does, though sam's page was rendered first");
        assertNull(alice.selectFirst("aside#owner-feedback"));
        assertTrue(sam.selectFirst("header.site-header").text().contains("Sign out"));
        assertNotNull(anonymous.selectFirst("header.site-header a.signin-link"));
        assertTrue(alice.selectFirst("header.site-header .account-name").text().toLowerCase().contains("alice"));
    }

    @Test
    void anotherPageHasItsOwnParts() {
        Document first = WebSession.anonymous().page(PAGE, 200);
        Document other = WebSession.anonymous().page("/docs/practices", 200);
        assertEquals("/docs/practices", other.selectFirst("nav.doc-nav a[aria-current=page]").attr("href"));
        assertTrue(!first.selectFirst("header.doc-header h1").text().equals(other.selectFirst("header.doc-header h1").text()));
    }
}
