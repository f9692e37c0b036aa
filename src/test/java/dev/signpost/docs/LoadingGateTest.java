package dev.signpost.docs;

import dev.signpost.Html;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Until the first content load finishes, pages answer 503 with a progress page and readiness is down. */
@QuarkusTest
@TestProfile(StillLoadingProfile.class)
class LoadingGateTest {

    @Test
    void shouldAnswerPagesWith503RetryAfterAndProgress() {
        given().when().get("/docs/practices/ci/secrets-in-ci").then()
                .statusCode(503)
                .header("Retry-After", "2")
                .header("Cache-Control", "no-store");
        Document page = Html.get("/", 503);
        Element progress = page.selectFirst("progress");
        assertNotNull(progress);
        assertEquals("30", progress.attr("value"));
        assertTrue(page.selectFirst("main").text().contains("3 of 10 files"), page.selectFirst("main").text());
    }

    @Test
    void shouldAnswerApiWithJson503() {
        given().when().get("/api/v1/pages").then()
                .statusCode(503)
                .contentType(containsString("application/json"))
                .body("loaded", equalTo(3))
                .body("total", equalTo(10));
    }

    @Test
    void shouldReportNotReadyButLive() {
        given().when().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
        given().when().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void shouldStillServeStylesheet() {
        given().when().get("/css/signpost.css").then().statusCode(200);
    }
}
