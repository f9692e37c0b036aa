package dev.signpost.database;

import dev.signpost.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.h2.tools.Server;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database is down when Signpost starts (an H2 server on a port where nothing listens yet): documentation keeps
 * working, pages that need the database answer 503 with a message, readiness says which check is down; when the
 * database comes up, migrations run and the pages work again without a restart.
 */
@QuarkusTest
@TestProfile(DatabaseDownTest.DatabaseDown.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseDownTest {

    static final int PORT = H2Servers.freePort();
    private static Server server;

    public static class DatabaseDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:tcp://127.0.0.1:" + PORT + "/mem:signpost_down;DB_CLOSE_DELAY=-1",
                    "quarkus.datasource.jdbc.acquisition-timeout", "2S",
                    // as in production: no migration or schema check that would stop the start
                    "quarkus.flyway.migrate-at-start", "false",
                    "quarkus.hibernate-orm.schema-management.strategy", "none");
        }
    }

    @Test
    @Order(1)
    void shouldKeepServingDocumentationWhileTheDatabaseIsDown() {
        assertEquals(200, WebSession.anonymous().get("/docs/practices").statusCode());
        assertEquals(200, WebSession.anonymous().get("/").statusCode());
    }

    @Test
    @Order(1)
    void shouldKeepServingTheHomePageAndDocumentationToSignedInPeopleWhileTheDatabaseIsDown() {
        // signed in, the home page and a page's feedback box want the database; the page itself must not
        WebSession sam = WebSession.signIn("sam");
        assertEquals(200, sam.get("/").statusCode());
        assertEquals(200, sam.get("/docs/practices/release/feature-flags").statusCode());
        assertEquals(200, sam.get("/sigs/code-deployment").statusCode());
        for (String followable : java.util.List.of("/tools/jenkins", "/roadmap/jenkins-shutdown")) {
            Document page = sam.page(followable, 200);
            assertEquals("The database cannot be reached; try again in a minute.", page.selectFirst("section#follow .follow-state").text(),
                    followable + " keeps its follow button away rather than failing");
        }
    }

    @Test
    @Order(2)
    void shouldAnswer503WithAMessageOnAPageThatNeedsTheDatabase() {
        WebSession ada = WebSession.signIn("ada");
        Response response = ada.get("/admin/audit");
        assertEquals(503, response.statusCode());
        assertEquals("10", response.header("Retry-After"));
        Document page = org.jsoup.Jsoup.parse(response.asString());
        assertEquals("Temporarily unavailable", page.selectFirst("main h1").text());
        assertTrue(page.selectFirst("main").text().contains("works again by itself"));
    }

    @Test
    @Order(3)
    void shouldReportTheDatabaseDownAndTheContentUpInReadiness() {
        Response response = given().get("/q/health/ready");
        assertEquals(503, response.statusCode());
        JsonPath health = response.jsonPath();
        assertEquals("DOWN", health.getString("checks.find { it.name == 'database' }.status"));
        assertEquals("UP", health.getString("checks.find { it.name == 'content' }.status"));
        assertEquals(200, given().get("/q/health/group/serving").statusCode(), "load balancers keep sending traffic");
    }

    @Test
    @Order(4)
    void shouldRecoverByItselfWhenTheDatabaseComesBack() {
        server = H2Servers.start(PORT);
        WebSession ada = WebSession.signIn("ada");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> ada.get("/admin/audit").statusCode() == 200);
        await().atMost(Duration.ofSeconds(10)).until(() -> given().get("/q/health/ready").statusCode() == 200);
    }

    @Test
    @Order(5)
    void shouldAnswer503AgainWhenTheDatabaseGoesAwayWhileRunning() {
        WebSession ada = WebSession.signIn("ada");
        assertEquals(200, ada.get("/admin/audit").statusCode());
        server.stop();
        server = null;

        Response audit = ada.get("/admin/audit");
        assertEquals(503, audit.statusCode());
        assertEquals("Temporarily unavailable", org.jsoup.Jsoup.parse(audit.asString()).selectFirst("main h1").text());
        Response api = ada.get("/api/v1/actions");
        assertEquals(503, api.statusCode());
        assertEquals("Database unavailable", api.jsonPath().getString("title"));
        assertEquals(200, ada.get("/docs/practices").statusCode());
        assertEquals(200, ada.get("/").statusCode());
        JsonPath health = given().get("/q/health/ready").jsonPath();
        assertEquals("DOWN", health.getString("checks.find { it.name == 'database' }.status"));
    }

    @AfterAll
    static void stopDatabase() {
        if (server != null) {
            server.stop();
        }
    }
}
