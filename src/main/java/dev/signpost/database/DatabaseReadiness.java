package dev.signpost.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.util.Optional;

/** Readiness check "database": a connection answers and the schema is migrated. Reported apart from the content. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    Database database;

    @Override
    public HealthCheckResponse call() {
        Optional<String> problem = database.problem();
        return HealthCheckResponse.named("database").status(problem.isEmpty())
                .withData("state", problem.isEmpty() ? "connected, schema current" : problem.get()).build();
    }
}
