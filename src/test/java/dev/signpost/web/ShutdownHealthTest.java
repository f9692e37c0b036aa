package dev.signpost.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

/**
 * The checks a graceful shutdown turns DOWN are there, UP while the instance serves: Quarkus' "Graceful Shutdown" in
 * readiness (quarkus.shutdown.delay-enabled, fixed at build time) and "shutdown" in the serving group.
 */
@QuarkusTest
class ShutdownHealthTest {

    @Test
    void shouldReportTheShutdownChecksUpWhileServing() {
        given().get("/q/health/ready").then()
                .body("checks.find { it.name == 'Graceful Shutdown' }.status", org.hamcrest.Matchers.is("UP"));
        given().get("/q/health/group/serving").then()
                .body("checks.name", hasItem("shutdown"))
                .body("checks.find { it.name == 'shutdown' }.status", org.hamcrest.Matchers.is("UP"));
    }
}
