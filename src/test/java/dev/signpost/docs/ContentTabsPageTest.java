package dev.signpost.docs;

import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A bundled page written with MkDocs content tabs, served through HTTP: titled panels, the tabs script, no raw markers. */
@QuarkusTest
class ContentTabsPageTest {

    @Test
    void shouldServeContentTabsAsTitledPanelsWithTheTabsScriptAllowedByTheCsp() {
        var response = given().when().get("/docs/practices/ci/caching-dependencies").then().statusCode(200).extract();
        Document page = Jsoup.parse(response.body().asString());
        Element body = page.selectFirst("main");
        assertNotNull(body);
        List<Element> groups = body.select("div.tabs");
        assertEquals(2, groups.size(), body.html());
        for (Element group : groups) {
            assertEquals(List.of("Maven", "Gradle", "npm"), group.select("> section.tab-panel > p.tab-title").eachText());
        }
        assertEquals(3, groups.get(0).select("> section.tab-panel div.code-block > pre > code.language-yaml").size());
        assertFalse(body.text().contains("==="), "no raw tab markers");
        assertNotNull(page.selectFirst("script[type=module][src=/js/signpost.js]"));
        String csp = response.header("Content-Security-Policy");
        assertTrue(csp != null && !csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"), csp);
        given().when().get("/js/content-tabs.js").then().statusCode(200);
    }
}
