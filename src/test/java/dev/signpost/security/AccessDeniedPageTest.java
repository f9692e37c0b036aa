package dev.signpost.security;

import dev.signpost.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A signed-in user without the needed role gets a 403 page that names the role, never a stack trace. */
@QuarkusTest
class AccessDeniedPageTest {

    @Test
    void shouldExplainWhichRoleAPageNeeds() {
        Document page = WebSession.signIn("sam").page("/admin/audit", 403);
        assertEquals("You can't open this page", page.selectFirst("main h1").text());
        assertEquals(List.of("admin"), page.select("main p strong").eachText().subList(1, 2));
        assertTrue(page.selectFirst("main").text().contains("Sam Sigmember"));
        assertTrue(page.select("main").text().contains("engineer, sig-member"));
    }
}
