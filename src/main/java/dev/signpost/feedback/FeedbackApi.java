package dev.signpost.feedback;

import dev.signpost.web.Refusal;
import dev.signpost.security.CurrentUser;
import dev.signpost.security.Roles;
import dev.signpost.web.Problem;
import dev.signpost.web.QueryString;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v1/feedback}: the triage queue and its edits as JSON, with the same rules as the pages: the people who
 * triage list and edit every item; a submitter reads their own.
 */
@Path("/api/v1/feedback")
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackApi {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    /** One page of the queue. */
    public record QueuePage(List<FeedbackJson> items, long total, int page, int size, int pages, Map<String, Long> counts) {
    }

    /**
     * An edit: {@code version} is the one the edit is based on (required); a field left out stays as it is; an empty
     * string clears owner, assignee or answer; a note is added to the history.
     */
    public record Patch(Integer version, String status, String owner, String assignee, String publicAnswer, String note) {
    }

    @Inject
    Triage triage;
    @Inject
    FeedbackItems items;
    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed({Roles.SIG_MEMBER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "The feedback triage queue", description = "Feedback items, newest first, with the filters of "
            + "/feedback/triage and counts by status under the other filters. Roles: sig-member, manager, admin.")
    @APIResponse(responseCode = "200", description = "one page of matching items")
    @APIResponse(responseCode = "400", description = "a filter value that means nothing (the detail says which)")
    public Response list(@Parameter(description = "new, acknowledged, in-progress, resolved or dismissed") @RestQuery String status,
            @Parameter(description = "documentation, tool-request, practice-question, roadmap-question, deployment-problem, other")
            @RestQuery String category,
            @Parameter(description = "the team it is routed to; @mine for the caller's teams, @none for unrouted") @RestQuery String owner,
            @Parameter(description = "the related page's address, e.g. /docs/practices/ci") @RestQuery String path,
            @Parameter(description = "sent on or after this day, YYYY-MM-DD (UTC)") @RestQuery String from,
            @Parameter(description = "sent on or before this day, YYYY-MM-DD (UTC)") @RestQuery String to,
            @Parameter(description = "page number, from 1") @RestQuery String page,
            @Parameter(description = "items per page, 1 to 100 (default 20)") @RestQuery String size) {
        List<String> problems = new ArrayList<>();
        Triage.Filter filter = new FeedbackFilters(status, category, owner, path, from, to, null, null)
                .items(currentUser.teams(), problems);
        int perPage = dev.signpost.web.QueryString.pageSize(size, DEFAULT_SIZE, MAX_SIZE, problems);
        if (!problems.isEmpty()) {
            return Problem.response(400, "Bad filter", String.join(" ", problems)).build();
        }
        Triage.Queue queue = triage.queue(filter, QueryString.pageNumber(page), perPage);
        Map<String, Long> counts = new LinkedHashMap<>();
        queue.counts().forEach((s, n) -> counts.put(s.code(), n));
        List<FeedbackJson> found = queue.items().stream().map(i -> FeedbackJson.of(i, null)).toList();
        return Response.ok(new QueuePage(found, queue.total(), queue.page(), queue.size(), queue.pages(), counts)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.ENGINEER)
    @Operation(summary = "One feedback item", description = "Its status and public answer; for the people who triage, "
            + "also its history with internal notes. The submitter may read their own item; others get 404.")
    @APIResponse(responseCode = "200", description = "the item")
    @APIResponse(responseCode = "404", description = "no such item, or not one the caller may see")
    public Response item(@RestPath String id) {
        return parseId(id).flatMap(items::visible)
                .map(item -> Response.ok(FeedbackJson.of(item, items.canTriage() ? triage.history(item.id) : null)).build())
                .orElseGet(() -> notFound());
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SIG_MEMBER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Triage a feedback item", description = "Changes status, owner, assignee or public answer and "
            + "adds an internal note. Send the version you read: if the item changed since, nothing is saved and the "
            + "answer is 409 with the other changes. Scripts in the browser send the CSRF token in X-CSRF-TOKEN.")
    @APIResponse(responseCode = "200", description = "the item after the edit")
    @APIResponse(responseCode = "400", description = "a missing version or a value that is not allowed")
    @APIResponse(responseCode = "404", description = "no such item")
    @APIResponse(responseCode = "409", description = "someone else changed the item since the given version")
    public Response patch(@RestPath String id, Patch patch) {
        var number = parseId(id);
        if (number.isEmpty()) {
            return notFound();
        }
        if (patch == null || patch.version() == null) {
            return Problem.response(400, "Missing version", "Send the item's version you based the edit on, e.g. "
                    + "{\"version\": 3, \"status\": \"acknowledged\"}.").build();
        }
        FeedbackItem current = items.visible(number.get()).orElse(null);
        if (current == null) {
            return notFound();
        }
        TriageChange change = new TriageChange(patch.version(), or(patch.status(), current.status.name()),
                or(patch.owner(), current.owner), or(patch.assignee(), current.assignee),
                or(patch.publicAnswer(), current.publicAnswer), patch.note());
        try {
            FeedbackItem saved = triage.apply(number.get(), change);
            return Response.ok(FeedbackJson.of(saved, triage.history(saved.id))).build();
        } catch (TriageConflict e) {
            return conflict(e.theirChanges());
        } catch (OptimisticLockException e) {
            return conflict(triage.latestChanges(number.get()));
        } catch (Refusal e) {
            return Problem.response(e.status(), e.status() == 404 ? "Not found" : "Not saved", e.getMessage()).build();
        }
    }

    private static Response conflict(List<FeedbackEvent> theirs) {
        Map<String, Object> body = new LinkedHashMap<>(Problem.body(409, "Conflict",
                "Someone else changed this feedback since the version you sent; nothing was saved. Read it again and "
                        + "re-apply your edit."));
        body.put("theirChanges", theirs.stream().map(FeedbackJson.Change::of).toList());
        return Response.status(409).type(MediaType.APPLICATION_JSON).entity(body).build();
    }

    private static Response notFound() {
        return Problem.response(404, "Not found", "There is no feedback with this id that you may see.").build();
    }

    private static java.util.Optional<Long> parseId(String id) {
        return id != null && id.matches("\\d{1,18}") ? java.util.Optional.of(Long.parseLong(id)) : java.util.Optional.empty();
    }

    private static String or(String given, String current) {
        return given != null ? given : current;
    }
}
