package dev.signpost.actions;

import dev.signpost.database.Submissions;
import dev.signpost.people.Directory;
import dev.signpost.web.Refusal;
import dev.signpost.security.CurrentUser;
import dev.signpost.security.Roles;
import dev.signpost.web.FormText;
import dev.signpost.web.Problem;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /api/v1/actions}: the tracker and its changes as JSON, with the rules of the pages ({@link ActionRules}). */
@Path("/api/v1/actions")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ActionsApi {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;

    public record ItemsPage(List<ActionJson> items, long total, int page, int size, int pages, Map<String, Long> counts) {
    }

    /** A new item; {@code source} is feedback, roadmap or lean-coffee with {@code ref} its id or slug. */
    public record NewItem(String title, String details, String owner, String due, String sig, String source, String ref) {
    }

    /** A status change made on {@code version}, with a comment (required to block or drop). */
    public record StatusChange(Integer version, String status, String comment) {
    }

    public record NewComment(String text) {
    }

    @Inject
    ActionQueries queries;
    @Inject
    Submissions submissions;
    @Inject
    ActionItems items;
    @Inject
    CurrentUser currentUser;
    @Inject
    SigDirectory sigs;
    @Inject
    ActionSources sources;
    @Inject
    Directory directory;

    @GET
    @Operation(summary = "Action items", description = "The tracker's items under the filters of /actions, with counts by status "
            + "under the other filters. Signed-in users.")
    @APIResponse(responseCode = "200", description = "one page of matching items")
    @APIResponse(responseCode = "400", description = "a filter value that means nothing (the detail says which)")
    public Response list(@Parameter(description = "a SIG's slug") @RestQuery String sig,
            @Parameter(description = "a user name, or @me") @RestQuery String owner,
            @Parameter(description = "open, in-progress, blocked, done, dropped, active (default) or all") @RestQuery String status,
            @Parameter(description = "week, month or none") @RestQuery String due,
            @Parameter(description = "true for overdue items only") @RestQuery String overdue,
            @Parameter(description = "feedback, roadmap, lean-coffee or none") @RestQuery String source,
            @Parameter(description = "text in the title or details") @RestQuery String q,
            @Parameter(description = "due (default), updated, created or title") @RestQuery String sort,
            @Parameter(description = "page number, from 1") @RestQuery String page,
            @Parameter(description = "items per page, 1 to 200 (default 50)") @RestQuery String size) {
        List<String> problems = new ArrayList<>();
        ActionFilter.Checked filter = new ActionFilter(sig, owner, status, due, overdue, source, q, sort)
                .check(currentUser.username(), items.today(), sigs.slugs(), problems);
        int perPage = dev.signpost.web.QueryString.pageSize(size, DEFAULT_SIZE, MAX_SIZE, problems);
        if (!problems.isEmpty()) {
            return Problem.response(400, "Bad filter", String.join(" ", problems)).build();
        }
        ActionQueries.Page found = queries.list(filter, dev.signpost.web.QueryString.pageNumber(page), perPage);
        Map<String, Long> counts = new LinkedHashMap<>();
        found.counts().forEach((s, n) -> counts.put(s.code(), n));
        return Response.ok(new ItemsPage(found.items().stream().map(i -> ActionJson.of(i, items.today(), null)).toList(), found.total(),
                found.page(), found.size(), found.pages(), counts)).build();
    }

    @GET
    @Path("{id: \\d{1,18}}")
    @Operation(summary = "One action item", description = "The item with its history and comments.")
    @APIResponse(responseCode = "404", description = "no such item")
    public Response item(@RestPath long id) {
        return items.find(id).map(i -> Response.ok(ActionJson.of(i, items.today(), items.history(id))))
                .orElseGet(() -> Problem.response(404, "Not found", "There is no action item " + id + ".")).build();
    }

    @POST
    @RolesAllowed(Roles.SIG_MEMBER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an action item", description = "Role: sig-member (or admin). Send the CSRF token in the X-CSRF-TOKEN header.")
    @APIResponse(responseCode = "201", description = "created; Location is the item")
    @APIResponse(responseCode = "400", description = "a field is missing or wrong (the detail says which)")
    @APIResponse(responseCode = "403", description = "not a sig-member, or no CSRF token")
    @APIResponse(responseCode = "303", description = "sent before with the same Idempotency-Key and body: Location is what it made")
    @APIResponse(responseCode = "503", description = "the database is not answering: nothing was saved; try again after Retry-After")
    public Response create(NewItem body, @RestHeader(Submissions.IDEMPOTENCY_KEY) String idempotencyKey) {
        if (body == null) {
            return Problem.response(400, "Missing body", "Send {\"title\": ..., \"owner\": ..., \"due\": \"YYYY-MM-DD\", ...}.").build();
        }
        ActionDraft draft = new ActionDraft(body.title(), body.details(), body.owner(), body.due(), body.sig(), body.source(), body.ref(),
                Map.of()).checked(items.today(), true, sigs.slugs(), sources::exists, directory.names());
        if (!draft.valid()) {
            return Problem.response(400, "Not created", String.join(" ", draft.errors().values())).build();
        }
        return submissions.api("api-action-item", idempotencyKey, body, () -> {
            ActionItem item = items.create(draft);
            return Response.created(URI.create("/api/v1/actions/" + item.id)).entity(ActionJson.of(item, items.today(), items.history(item.id)))
                    .build();
        });
    }

    @PATCH
    @Path("{id: \\d{1,18}}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an action item's status", description = "The owner, sig-members and admins. version is the one "
            + "the change is based on; if the item changed since, nothing is saved and the answer is 409 with their changes.")
    @APIResponse(responseCode = "200", description = "changed")
    @APIResponse(responseCode = "400", description = "missing version, unknown status, a change that is not allowed, or a missing reason")
    @APIResponse(responseCode = "403", description = "not the owner, a sig-member or an admin; or no CSRF token")
    @APIResponse(responseCode = "409", description = "the item changed since version; theirChanges lists what changed")
    public Response changeStatus(@RestPath long id, StatusChange body) {
        if (body == null || body.version() == null) {
            return Problem.response(400, "Missing version", "Send the item's version you based the change on, e.g. {\"version\": 3, "
                    + "\"status\": \"done\"}.").build();
        }
        var status = ActionStatus.of(body.status());
        if (status.isEmpty()) {
            return Problem.response(400, "Unknown status", "status is one of " + ActionStatus.codes() + ".").build();
        }
        try {
            ActionItem item = items.changeStatus(id, body.version(), status.get(), FormText.of(body.comment()));
            return Response.ok(ActionJson.of(item, items.today(), items.history(id))).build();
        } catch (ActionConflict conflict) {
            Map<String, Object> problem = new LinkedHashMap<>(Problem.body(409, "Conflict", conflict.getMessage()));
            problem.put("current", ActionJson.of(conflict.current(), items.today(), null));
            problem.put("theirChanges", conflict.theirChanges().stream().map(ActionJson.Change::of).toList());
            return Response.status(409).type(MediaType.APPLICATION_JSON).entity(problem).build();
        } catch (Refusal rejected) {
            return Problem.response(rejected.status(), rejected.status() == 404 ? "Not found" : "Not changed", rejected.getMessage()).build();
        }
    }

    @POST
    @Path("{id: \\d{1,18}}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Comment on an action item", description = "Anyone signed in. Markdown, at most 10,000 characters.")
    @APIResponse(responseCode = "201", description = "added")
    @APIResponse(responseCode = "400", description = "an empty or too long comment")
    @APIResponse(responseCode = "404", description = "no such item")
    @APIResponse(responseCode = "303", description = "sent before with the same Idempotency-Key and body: Location is what it made")
    @APIResponse(responseCode = "503", description = "the database is not answering: nothing was saved; try again after Retry-After")
    public Response comment(@RestPath long id, NewComment body, @RestHeader(Submissions.IDEMPOTENCY_KEY) String idempotencyKey) {
        try {
            return submissions.api("api-action-comment", idempotencyKey, id + ":" + body, () -> {
                ActionEvent event = items.comment(id, FormText.of(body == null ? null : body.text()));
                return Response.created(URI.create("/api/v1/actions/" + id)).entity(ActionJson.Change.of(event)).build();
            });
        } catch (Refusal rejected) {
            return Problem.response(rejected.status(), rejected.status() == 404 ? "Not found" : "Not added", rejected.getMessage()).build();
        }
    }
}
