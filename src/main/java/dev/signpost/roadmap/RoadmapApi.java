package dev.signpost.roadmap;

import dev.signpost.database.Submissions;
import dev.signpost.security.Roles;
import dev.signpost.web.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code /api/v1/roadmap}: the roadmap, its changes and its reviews as JSON, with the rules of the pages. */
@Path("/api/v1/roadmap")
@Produces(MediaType.APPLICATION_JSON)
public class RoadmapApi {

    @Inject
    RoadmapService service;
    @Inject
    Submissions submissions;
    @Inject
    RoadmapHistory history;
    @Inject
    RoadmapReviews reviews;

    @GET
    @Operation(summary = "Roadmap items", description = "Every item (by target, then title) that passes the filters of /roadmap.")
    @APIResponse(responseCode = "200", description = "the matching items")
    @APIResponse(responseCode = "400", description = "an unknown status (the detail lists the statuses)")
    public Response items(@Parameter(description = "the owning team, as in the items' team") @RestQuery String team,
            @Parameter(description = "the SIG's slug") @RestQuery String sig,
            @Parameter(description = "exploring, planned, in-progress, at-risk, shipped or dropped") @RestQuery String status,
            @Parameter(description = "a tag") @RestQuery String tag,
            @Parameter(description = "text in the title, description, slug or tags") @RestQuery String q) {
        List<String> problems = new ArrayList<>();
        RoadmapFilter.Checked filter = new RoadmapFilter(team, sig, status, tag, q).check(problems);
        if (!problems.isEmpty()) {
            return Problem.response(400, "Bad filter", String.join(" ", problems)).build();
        }
        Roadmap roadmap = service.roadmap();
        List<RoadmapJson.Item> shown = roadmap.items().stream().filter(filter::matches).map(i -> RoadmapJson.Item.of(i, roadmap)).toList();
        return Response.ok(new RoadmapJson.Items(shown, shown.size(), roadmap.items().size())).build();
    }

    @GET
    @Path("changes")
    @Operation(summary = "What changed since a date or a review", description = "Items added, removed, status changed (with "
            + "the update's note), target moved and horizon changed, as on /roadmap/changes. Without since: since the latest "
            + "review, or the last 30 days when there is none.")
    @APIResponse(responseCode = "200", description = "the changes, grouped by kind, then by title")
    @APIResponse(responseCode = "400", description = "since is not a date or review:{id}, is in the future or names no review; "
            + "or a bad filter")
    public Response changes(@Parameter(description = "YYYY-MM-DD, or review:{id}") @RestQuery String since,
            @RestQuery String team, @RestQuery String sig, @RestQuery String status, @RestQuery String tag, @RestQuery String q) {
        List<String> problems = new ArrayList<>();
        RoadmapFilter.Checked filter = new RoadmapFilter(team, sig, status, tag, q).check(problems);
        Optional<Baseline> baseline = history.resolve(since, problems);
        if (!problems.isEmpty()) {
            return Problem.response(400, "Bad parameter", String.join(" ", problems)).build();
        }
        return Response.ok(RoadmapJson.Changes.of(baseline.orElseThrow(), history.changes(baseline.orElseThrow(), filter))).build();
    }

    @GET
    @Path("reviews")
    @Operation(summary = "Roadmap reviews", description = "Every review recorded, the latest first, each with what it saw.")
    public List<RoadmapJson.Review> reviewList() {
        return reviews.list().stream().map(RoadmapJson.Review::of).toList();
    }

    @GET
    @Path("reviews/{id: \\d{1,18}}")
    @Operation(summary = "One roadmap review", description = "The review with the frozen copy of every item it saw.")
    @APIResponse(responseCode = "404", description = "no such review")
    public Response review(@RestPath long id) {
        return reviews.find(id).map(r -> Response.ok(RoadmapJson.Review.of(r)))
                .orElseGet(() -> Problem.response(404, "Not found", "There is no review " + id + ".")).build();
    }

    @POST
    @Path("reviews")
    @RolesAllowed(Roles.MANAGER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a roadmap review", description = "Records a review by the caller and freezes every item's "
            + "status, target and horizon as they are now. Role: manager. Send the CSRF token in the X-CSRF-TOKEN header.")
    @APIResponse(responseCode = "201", description = "recorded; Location is the review's page")
    @APIResponse(responseCode = "400", description = "a missing or bad date, or notes over 20,000 characters")
    @APIResponse(responseCode = "403", description = "not a manager, or no CSRF token")
    @APIResponse(responseCode = "303", description = "sent before with the same Idempotency-Key and body: Location is what it made")
    @APIResponse(responseCode = "503", description = "the database is not answering: nothing was saved; try again after Retry-After")
    public Response record(RoadmapJson.NewReview body, @RestHeader(Submissions.IDEMPOTENCY_KEY) String idempotencyKey) {
        if (body == null) {
            return Problem.response(400, "Missing body", "Send {\"date\": \"YYYY-MM-DD\", \"notes\": \"...\"}.").build();
        }
        ReviewDraft draft = new ReviewDraft(body.date(), body.notes(), Map.of()).checked(service.today());
        if (!draft.valid()) {
            return Problem.response(400, "Not recorded", String.join(" ", draft.errors().values())).build();
        }
        return submissions.api("api-roadmap-review", idempotencyKey, body, () -> {
            RoadmapReview review = reviews.record(draft, service.roadmap());
            return Response.created(URI.create("/api/v1/roadmap/reviews/" + review.id)).entity(RoadmapJson.Review.of(review)).build();
        });
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One roadmap item", description = "The item with its status history, dependencies both ways and tools.")
    @APIResponse(responseCode = "404", description = "no item with this slug")
    public Response item(@RestPath String slug) {
        Roadmap roadmap = service.roadmap();
        return roadmap.item(slug).map(i -> Response.ok(RoadmapJson.Item.of(i, roadmap)))
                .orElseGet(() -> Problem.response(404, "Not found", "There is no roadmap item '" + slug + "'.")).build();
    }
}
