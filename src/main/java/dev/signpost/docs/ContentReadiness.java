package dev.signpost.docs;

import dev.signpost.content.ContentSnapshot;
import dev.signpost.content.ContentStore;
import dev.signpost.content.LoadStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import io.smallrye.health.api.HealthGroup;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the first content load has finished; says how many documents and problems there are. Also the only
 * check of the "serving" group, which load balancers use so that a database outage does not take the docs offline.
 */
@Readiness
@HealthGroup("serving")
@ApplicationScoped
public class ContentReadiness implements HealthCheck {

    @Inject
    ContentStore store;

    @Override
    public HealthCheckResponse call() {
        LoadStatus status = store.status();
        ContentSnapshot snapshot = store.snapshot();
        return HealthCheckResponse.named("content")
                .status(status.ready())
                .withData("documents", snapshot.documents().size())
                .withData("problems", snapshot.allProblems().size())
                .withData("loaded", status.loaded() + " of " + status.total())
                .withData("lastLoaded", snapshot.loadedAt().toString())
                .build();
    }
}
