package dev.signpost.web;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The serving group tells a load balancer to stop sending requests as soon as a graceful shutdown begins. */
class ShutdownServingTest {

    @Test
    void shouldBeUpWhileServingAndDownOnceShutdownBegins() {
        ShutdownServing check = new ShutdownServing();
        assertEquals(HealthCheckResponse.Status.UP, check.call().getStatus());

        check.shuttingDown(new ShutdownDelayInitiatedEvent());

        HealthCheckResponse response = check.call();
        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertEquals("shutdown", response.getName());
    }
}
