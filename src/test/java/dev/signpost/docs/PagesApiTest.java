package dev.signpost.docs;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** The JSON API for integrations and its OpenAPI description. */
@QuarkusTest
class PagesApiTest {

    @Test
    void shouldListPagesWithMetadataAndFreshness() {
        given().when().get("/api/v1/pages").then()
                .statusCode(200)
                .contentType(containsString("application/json"))
                .body("size()", greaterThanOrEqualTo(13))
                .body("find { it.path == 'practices/ci/caching-dependencies.md' }.freshness.stale", equalTo(true))
                .body("find { it.path == 'practices/ci/caching-dependencies.md' }.freshness.due", equalTo("2026-05-11"))
                .body("find { it.path == 'practices/ci/secrets-in-ci.md' }.owner", equalTo("security"))
                .body("find { it.path == 'practices/ci/secrets-in-ci.md' }.tags", hasItem("secrets"))
                .body("[0].lastLoaded", notNullValue());
    }

    @Test
    void shouldReturnOnePageByAddressOrFilePath() {
        given().when().get("/api/v1/pages/practices/ci/secrets-in-ci").then()
                .statusCode(200)
                .body("title", equalTo("Secrets in CI"))
                .body("html", containsString("<h2"))
                .body("headings[0].id", notNullValue());
        given().when().get("/api/v1/pages/practices/ci/secrets-in-ci.md").then()
                .statusCode(200).body("url", equalTo("/docs/practices/ci/secrets-in-ci"));
        given().when().get("/api/v1/pages/index.md").then().statusCode(200).body("url", equalTo("/"));
    }

    @Test
    void shouldAnswerUnknownPageWithJson404() {
        given().when().get("/api/v1/pages/no/such/page").then()
                .statusCode(404)
                .contentType(containsString("application/json"))
                .body("status", equalTo(404));
        given().when().get("/api/v1/pages/../../etc/passwd").then().statusCode(404);
    }

    @Test
    void shouldDescribeApiInOpenApi() {
        given().accept("application/json").when().get("/q/openapi").then()
                .statusCode(200)
                .body("paths.'/api/v1/pages'.get.summary", notNullValue())
                .body("paths.'/api/v1/pages/{path}'.get.summary", notNullValue());
    }

    @Test
    void shouldReportReadinessWithContentData() {
        given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body("checks.find { it.name == 'content' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'content' }.data.documents", greaterThanOrEqualTo(13));
    }
}
