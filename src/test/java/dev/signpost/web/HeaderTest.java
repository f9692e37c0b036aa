package dev.signpost.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.signpost.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * The header works without JavaScript on every width: the main navigation sits in a menu that phones collapse, the
 * account is a menu holding the person's roles, teams and the pages their roles open, and the current section is
 * marked for assistive technology, not by colour alone.
 */
@QuarkusTest
class HeaderTest {

    @Test
    void shouldPutTheMainNavigationInAMenuThatWorksWithoutScript() {
        Document page = WebSession.anonymous().page("/tools", 200);
        Element menu = page.selectFirst("header.site-header details.site-menu");
        assertNotNull(menu, "the navigation is a <details> menu");
        assertEquals("Menu", menu.selectFirst("> summary").text());
        assertNotNull(menu.selectFirst("nav.main-nav[aria-label=Main] a[href=/docs]"));
    }

    @Test
    void shouldMarkTheCurrentSection() {
        Document page = WebSession.anonymous().page("/tools/jenkins", 200);
        List<String> current = page.select("nav.main-nav a[aria-current=page]").eachAttr("href");
        assertEquals(List.of("/tools"), current);
        assertTrue(WebSession.anonymous().page("/roadmap", 200).select("nav.main-nav a[href=/tools][aria-current]").isEmpty());
    }

    @Test
    void shouldShowASigMemberTheTriageQueueInTheAccountMenu() {
        Element sam = WebSession.signIn("sam").page("/tools", 200).selectFirst("details.account-menu");
        assertNotNull(sam.selectFirst("a[href=/feedback/triage]"));
        assertNotNull(sam.selectFirst("a[href=/feedback/mine]"));
        assertNull(sam.selectFirst("a[href=/admin/content]"), "admin pages only for admins");
        assertEquals(List.of("ci-platform", "release-engineering"), sam.select(".account-teams .team").eachText());
        assertTrue(sam.select(".account-roles .role").eachText().contains("sig-member"));
        assertNotNull(sam.selectFirst("form.signout button"));
    }

    @Test
    void shouldLinkTheAdminPagesFromTheAccountMenuForAnAdminOnly() {
        Element ada = WebSession.signIn("ada").page("/tools", 200).selectFirst("details.account-menu");
        assertNotNull(ada.selectFirst("a[href=/admin/content]"));
        assertNotNull(ada.selectFirst("a[href=/admin/audit]"));
        Element alice = WebSession.signIn("alice").page("/tools", 200).selectFirst("details.account-menu");
        assertNull(alice.selectFirst("a[href=/feedback/triage]"), "an engineer has no triage queue");
        assertNull(alice.selectFirst("a[href^=/admin]"));
    }

    @Test
    void shouldPutTheDocsTreeInADrawerBeforeThePage() {
        Document page = WebSession.anonymous().page("/docs/practices/collaboration/where-to-ask-for-help", 200);
        Element drawer = page.selectFirst(".doc-layout > details.doc-drawer");
        assertNotNull(drawer);
        assertEquals("Pages in this section", drawer.selectFirst("> summary").text());
        assertNotNull(drawer.selectFirst("nav.doc-nav a[aria-current=page]"));
        assertTrue(drawer.elementSiblingIndex() < page.selectFirst(".doc-layout > main").elementSiblingIndex(),
                "the drawer comes before the page in reading order");
    }
}
