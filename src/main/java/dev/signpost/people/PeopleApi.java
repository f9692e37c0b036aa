package dev.signpost.people;

import dev.signpost.web.Problem;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

/** {@code GET /api/v1/people?q=}: the people picker's suggestions, people and teams whose names start with what was typed. */
@Path("/api/v1/people")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class PeopleApi {

    /** Suggestions per answer. */
    static final int LIMIT = 10;

    @Inject
    Directory directory;

    @GET
    @Operation(summary = "Suggest people and teams", description = "People (user name, display name, teams) and teams whose name, or a "
            + "word of whose display name, starts with q; then those that contain it. People first, at most 10. Signed-in users; "
            + "what owner, assignee and facilitator fields accept.")
    @APIResponse(responseCode = "200", description = "the suggestions, best first; empty when q is empty",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = KnownNames.Suggestion.class)))
    @APIResponse(responseCode = "400", description = "q longer than 100 characters, or a kind other than person or any")
    @APIResponse(responseCode = "401", description = "not signed in")
    public Response suggest(@Parameter(description = "the start of a user name, display name or team name (up to 100 characters)")
            @RestQuery String q, @Parameter(description = "person for people only (an assignee, a facilitator); any (default) for people and teams")
            @RestQuery String kind) {
        String typed = q == null ? "" : q.strip();
        if (typed.length() > KnownNames.MAX_LENGTH) {
            return Problem.response(400, "Query too long", "Type at most " + KnownNames.MAX_LENGTH + " characters of a name.").build();
        }
        if (kind != null && !kind.isEmpty() && !kind.equals("any") && !kind.equals("person")) {
            return Problem.response(400, "Unknown kind", "kind is person or any.").build();
        }
        KnownNames names = "person".equals(kind) ? directory.names().peopleOnly() : directory.names();
        List<KnownNames.Suggestion> found = names.suggest(typed, LIMIT);
        return Response.ok(found).build();
    }
}
