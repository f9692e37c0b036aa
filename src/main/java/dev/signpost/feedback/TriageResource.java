package dev.signpost.feedback;

import dev.signpost.content.ContentStore;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /feedback/triage}: the queue for the people who answer feedback, and their edits of an item. */
@Path("/feedback/triage")
@RolesAllowed({Roles.SIG_MEMBER, Roles.MANAGER, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class TriageResource {

    static final String SAVED = "saved";

    @CheckedTemplate(basePath = "feedback")
    static class Templates {
        static native TemplateInstance triage(Triage.Queue queue, QueueFilters filters, List<Status> statuses,
                List<Category> categories, List<String> problems);
    }

    /** The queue's filters as typed, for the form and the links. */
    public record QueueFilters(String status, String category, String page, String from, String to) {

        /** The CSV export of the queue as filtered now. */
        public String exportHref() {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("status", status);
            params.put("category", category);
            params.put("page", page);
            params.put("from", from);
            params.put("to", to);
            return QueryString.link("/feedback/triage/export.csv", params);
        }

        /** The filters to apply; a value that means nothing is left out and explained in {@code problems}. */
        Triage.Filter parse(List<String> problems) {
            Category byCategory = blank(category) ? null : Category.of(category).orElse(null);
            if (!blank(category) && byCategory == null) {
                problems.add("There is no category \"" + category + "\"; showing every category.");
            }
            return new Triage.Filter(parseStatus(problems), byCategory, blank(page) ? null : page.strip(),
                    date("from", from, problems), date("to", to, problems));
        }

        private Status parseStatus(List<String> problems) {
            if (blank(status)) {
                return null;
            }
            for (Status s : Status.values()) {
                if (s.code().equals(status) || s.name().equals(status)) {
                    return s;
                }
            }
            problems.add("There is no status \"" + status + "\"; showing every status.");
            return null;
        }

        private static LocalDate date(String name, String value, List<String> problems) {
            if (blank(value)) {
                return null;
            }
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                problems.add("\"" + value + "\" is not a date; write the " + name + " date as 2026-11-28.");
                return null;
            }
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }

    @Inject
    Triage triage;
    @Inject
    FeedbackItems items;
    @Inject
    ContentStore store;

    @GET
    public TemplateInstance queue(@RestQuery String status, @RestQuery String category, @RestQuery String page,
            @RestQuery String from, @RestQuery String to) {
        List<String> problems = new ArrayList<>();
        QueueFilters typed = new QueueFilters(status, category, page, from, to);
        Triage.Queue queue = triage.queue(typed.parse(problems));
        return Templates.triage(queue, typed, List.of(Status.values()), List.of(Category.values()), problems);
    }

    /** The queue with the same filters, as a CSV file for spreadsheets. */
    @GET
    @Path("export.csv")
    @Produces("text/csv;charset=UTF-8")
    public Response export(@RestQuery String status, @RestQuery String category, @RestQuery String page,
            @RestQuery String from, @RestQuery String to) {
        Triage.Queue queue = triage.queue(new QueueFilters(status, category, page, from, to).parse(new ArrayList<>()));
        return Response.ok(FeedbackCsv.of(queue.items()))
                .header("Content-Disposition", "attachment; filename=\"signpost-feedback.csv\"").build();
    }

    @POST
    @Path("{id: \\d{1,18}}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestPath long id, @RestForm String version, @RestForm String status, @RestForm String assignee,
            @RestForm String publicAnswer, @RestForm String note) {
        int base = version != null && version.matches("\\d{1,9}") ? Integer.parseInt(version) : -1;
        TriageChange change = new TriageChange(base, status, assignee, publicAnswer, note);
        try {
            triage.apply(id, change);
            return Response.seeOther(URI.create("/feedback/" + id)).cookie(Flash.of(SAVED)).build();
        } catch (TriageConflict e) {
            return refused(id, change, e.theirChanges(), null, 409);
        } catch (OptimisticLockException e) {
            return refused(id, change, triage.latestChanges(id), null, 409);
        } catch (FeedbackRejected e) {
            if (e.status() == 404) {
                throw new NotFoundException();
            }
            return refused(id, change, null, e.getMessage(), e.status());
        }
    }

    private Response refused(long id, TriageChange typed, List<FeedbackEvent> conflict, String error, int status) {
        FeedbackItem item = items.visible(id).orElseThrow(NotFoundException::new);
        // The form keeps what was typed but carries the current version, so that saving again is a conscious overwrite.
        TriageChange kept = new TriageChange(item.version, typed.status(), typed.assignee(), typed.publicAnswer(), typed.note());
        TriagePanel panel = new TriagePanel(kept, triage.history(id), conflict, error);
        return Response.status(status).entity(FeedbackResource.Templates.item(FeedbackResource.view(item, store), false, false, panel)).build();
    }
}
