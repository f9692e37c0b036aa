package dev.signpost.docs;

import dev.signpost.content.ContentSnapshot;
import dev.signpost.content.ContentStore;
import dev.signpost.content.LoadStatus;
import dev.signpost.content.SourceStatus;
import dev.signpost.content.source.ContentSources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import io.smallrye.health.api.HealthGroup;
import org.eclipse.microprofile.health.Readiness;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Ready once the first content load has finished and there is content to serve: a source that cannot be refreshed
 * keeps readiness UP (its pages are served from what it last read; the details name it), and only a portal with no
 * content at all is DOWN. Says how many documents and problems there are. Also the only check of the "serving" group,
 * which load balancers use so that a database outage does not take the docs offline.
 */
@Readiness
@HealthGroup("serving")
@ApplicationScoped
public class ContentReadiness implements HealthCheck {

    @Inject
    ContentStore store;
    @Inject
    ContentSources sources;

    @Override
    public HealthCheckResponse call() {
        LoadStatus status = store.status();
        ContentSnapshot snapshot = store.snapshot();
        List<SourceStatus> all = sources.statuses();
        boolean someContent = !snapshot.documents().isEmpty();
        String degraded = all.stream().filter(SourceStatus::degraded).map(s -> s.name() + " (" + s.failure() + ")")
                .collect(Collectors.joining("; "));
        return HealthCheckResponse.named("content")
                .status(status.ready() && someContent)
                .withData("documents", snapshot.documents().size())
                .withData("sources", all.size())
                .withData("degraded", degraded.isEmpty() ? "none" : degraded)
                .withData("problems", snapshot.allProblems().size())
                .withData("loaded", status.loaded() + " of " + status.total())
                .withData("lastLoaded", snapshot.loadedAt().toString())
                .build();
    }
}
