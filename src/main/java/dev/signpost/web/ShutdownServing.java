package dev.signpost.web;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Check "shutdown" of the {@code serving} group (/q/health/group/serving, what a load balancer may probe): DOWN from
 * the moment this instance begins a graceful shutdown, so the balancer stops sending it requests during
 * {@code quarkus.shutdown.delay}. /q/health/ready has Quarkus' own "Graceful Shutdown" check for the same.
 */
@HealthGroup("serving")
@ApplicationScoped
public class ShutdownServing implements HealthCheck {

    private volatile boolean shuttingDown;

    void shuttingDown(@Observes ShutdownDelayInitiatedEvent event) {
        shuttingDown = true;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("shutdown").status(!shuttingDown)
                .withData("state", shuttingDown ? "shutting down: finishing the requests in flight" : "serving").build();
    }
}
