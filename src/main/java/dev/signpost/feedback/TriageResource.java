package dev.signpost.feedback;

import dev.signpost.database.Submissions;
import dev.signpost.web.Refusal;
import dev.signpost.content.ContentStore;
import dev.signpost.content.markdown.MarkdownRenderer;
import dev.signpost.security.CurrentUser;
import dev.signpost.security.Roles;
import dev.signpost.web.Flash;
import dev.signpost.web.QueryString;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** {@code /feedback/triage}: the queue for the people who answer feedback, and their edits of an item. */
@Path("/feedback/triage")
@RolesAllowed({Roles.SIG_MEMBER, Roles.MANAGER, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class TriageResource {

    static final String SAVED = "saved";
    static final int PAGE_SIZE = 50;
    static final int EXPORT_LIMIT = 100_000;

    @CheckedTemplate(basePath = "feedback")
    static class Templates {
        static native TemplateInstance triage(Triage.Queue queue, FeedbackFilters filters, List<Status> statuses,
                List<Category> categories, Collection<String> owners, List<String> problems);
    }

    @Inject
    MarkdownRenderer markdown;
    @Inject
    Submissions submissions;
    @Inject
    Triage triage;
    @Inject
    FeedbackItems items;
    @Inject
    ContentStore store;
    @Inject
    CurrentUser currentUser;

    @GET
    public TemplateInstance queue(@RestQuery String status, @RestQuery String category, @RestQuery String owner,
            @RestQuery String path, @RestQuery String from, @RestQuery String to, @RestQuery String page) {
        List<String> problems = new ArrayList<>();
        FeedbackFilters typed = new FeedbackFilters(status, category, owner, path, from, to, null, null);
        Triage.Queue queue = triage.queue(typed.items(currentUser.teams(), problems), QueryString.pageNumber(page), PAGE_SIZE);
        return Templates.triage(queue, typed, List.of(Status.values()), List.of(Category.values()),
                store.snapshot().owners(), problems);
    }

    /** The queue with the same filters, as a CSV file for spreadsheets: every matching item, not only one page. */
    @GET
    @Path("export.csv")
    @Produces("text/csv;charset=UTF-8")
    public Response export(@RestQuery String status, @RestQuery String category, @RestQuery String owner,
            @RestQuery String path, @RestQuery String from, @RestQuery String to) {
        Triage.Filter filter = new FeedbackFilters(status, category, owner, path, from, to, null, null)
                .items(currentUser.teams(), new ArrayList<>());
        Triage.Queue queue = triage.queue(filter, 1, EXPORT_LIMIT);
        return Response.ok(FeedbackCsv.of(queue.items()))
                .header("Content-Disposition", "attachment; filename=\"signpost-feedback.csv\"").build();
    }

    @POST
    @Path("{id: \\d{1,18}}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestPath long id, @RestForm String version, @RestForm String status, @RestForm String owner,
            @RestForm String assignee, @RestForm String publicAnswer, @RestForm String note) {
        int base = version != null && version.matches("\\d{1,9}") ? Integer.parseInt(version) : -1;
        TriageChange change = new TriageChange(base, status, owner, assignee, publicAnswer, note);
        try {
            return submissions.form("triage", () -> {
                triage.apply(id, change);
                return Response.seeOther(URI.create("/feedback/" + id)).cookie(Flash.of(SAVED)).build();
            }, null);
        } catch (TriageConflict e) {
            return refused(id, change, e.theirChanges(), null, 409);
        } catch (OptimisticLockException e) {
            return refused(id, change, triage.latestChanges(id), null, 409);
        } catch (Refusal e) {
            if (e.status() == 404) {
                throw new NotFoundException();
            }
            return refused(id, change, null, e.getMessage(), e.status());
        }
    }

    private Response refused(long id, TriageChange typed, List<FeedbackEvent> conflict, String error, int status) {
        FeedbackItem item = items.visible(id).orElseThrow(NotFoundException::new);
        // The form keeps what was typed but carries the current version, so that saving again is a conscious overwrite.
        TriageChange kept = new TriageChange(item.version, typed.status(), typed.owner(), typed.assignee(), typed.publicAnswer(), typed.note());
        TriagePanel panel = new TriagePanel(kept, store.snapshot().owners(), triage.history(id), conflict, error);
        return Response.status(status).entity(FeedbackResource.Templates.item(FeedbackResource.view(item, store, markdown), false, false, panel)).build();
    }
}
