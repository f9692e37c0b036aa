package dev.signpost.sources;

import dev.signpost.audit.AuditLog;
import dev.signpost.content.SourceStatus;
import dev.signpost.content.source.ContentSources;
import dev.signpost.security.Roles;
import dev.signpost.web.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import java.util.List;
import java.util.Map;

/** {@code /api/v1/sources}: the content sources' status, and a refresh now, for admins and API clients with the admin role. */
@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Sources", description = "Content sources (the content folder and git repositories)")
public class SourcesApi {

    @Inject
    ContentSources sources;
    @Inject
    AuditLog audit;
    @Inject
    SourceRefreshes refreshes;

    @GET
    @Operation(summary = "Every content source", description = "What each serves (commit, pages), its last success and failure "
            + "with the reason, and its next attempt. URLs never carry credentials.")
    public List<SourceStatus> list() {
        return sources.statuses();
    }

    @POST
    @Path("{name}/refresh")
    @Operation(summary = "Refresh a source now", description = "Fetches the source at once (or right after the fetch running now);"
            + " answers before the fetch ends. Requests close together cause one fetch.")
    @APIResponse(responseCode = "202", description = "The refresh was asked for")
    @APIResponse(responseCode = "404", description = "No source has this name")
    public Response refresh(@RestPath String name) {
        if (!refreshes.refresh(name, "the refresh API")) {
            return Problem.response(404, "No such source", "There is no content source called '" + name + "'.").build();
        }
        audit.record("source.refresh", "source", name, "through the API");
        return Response.accepted(Map.of("source", name, "refresh", "requested")).build();
    }
}
