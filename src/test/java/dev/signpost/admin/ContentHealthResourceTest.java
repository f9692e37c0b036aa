package dev.signpost.admin;

import dev.signpost.Html;
import dev.signpost.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The bundled content is clean: no problems and no broken links (a broken link in the demo is a bug). */
@QuarkusTest
@TestSecurity(user = "ada", roles = Roles.ADMIN)
class ContentHealthResourceTest {

    @Test
    void shouldReportBundledContentAsClean() {
        Document page = Html.get("/admin/content", 200);
        assertNull(page.selectFirst("table.problems"), "bundled content has no problems");
        assertNull(page.selectFirst("table.broken-links"), "bundled content has no broken links");
        assertEquals("Content health", page.selectFirst("main h1").text());
        assertNotNull(page.selectFirst("dl.facts time[datetime]"), "time of the last successful load is shown");
    }
}
