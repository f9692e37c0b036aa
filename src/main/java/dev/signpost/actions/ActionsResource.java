package dev.signpost.actions;

import dev.signpost.database.Submissions;
import dev.signpost.web.Refusal;
import dev.signpost.content.markdown.MarkdownRenderer;
import dev.signpost.people.Directory;
import dev.signpost.security.CurrentUser;
import dev.signpost.security.Roles;
import dev.signpost.web.Flash;
import dev.signpost.web.FormText;
import dev.signpost.web.KeptParts;
import dev.signpost.web.QueryString;
import dev.signpost.web.SharedPages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * {@code /actions}: the tracker across SIGs and sessions (with CSV), and the form that creates items. One item's page
 * and its changes are {@link ActionItemResource}. Who may do what is {@link ActionRules}.
 */
@Path("/actions")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Authenticated
public class ActionsResource {

    static final int PAGE_SIZE = 50;
    static final int EXPORT_LIMIT = 100_000;
    static final String CREATED = "action-created";
    static final String CREATED_NO_DUE = "action-created-no-due";

    /** The tracker page. */
    public record TrackerView(ActionQueries.Page page, ActionFilter filter, List<String> problems, List<SigDirectory.SigRef> sigs,
            List<ActionStatus> statuses, List<ActionSource> sources, LocalDate today, boolean signedIn, String main) {

        /** The page around a main part made earlier ({@link KeptParts}). */
        static TrackerView rendered(String main) {
            return new TrackerView(null, null, List.of(), List.of(), List.of(), List.of(), null, false, main);
        }

        /** A SIG's title, or its slug when there is no such SIG any more. */
        public String sigTitle(String slug) {
            return sigs.stream().filter(s -> s.slug().equals(slug)).map(SigDirectory.SigRef::title).findFirst().orElse(slug);
        }

        /** The current filter state on another page of results. */
        public String pageHref(int number) {
            return filter.with("page", number <= 1 ? null : String.valueOf(number));
        }
    }

    /** The create form. */
    public record FormView(ActionDraft draft, List<SigDirectory.SigRef> sigs, List<String> people, ActionSources.Link source) {
    }

    @CheckedTemplate(basePath = "actions")
    static class Templates {
        static native TemplateInstance tracker(TrackerView view);

        static native TemplateInstance tracker$main(TrackerView view);

        static native TemplateInstance form(FormView view);

    }

    @Inject
    ActionQueries queries;
    @Inject
    Submissions submissions;
    @Inject
    MarkdownRenderer markdown;
    @Inject
    ActionItems items;
    @Inject
    CurrentUser currentUser;
    @Inject
    SigDirectory sigs;
    @Inject
    Flash flash;
    @Inject
    ActionSources sources;
    @Inject
    Directory directory;
    @Inject
    KeptParts kept;
    @Inject
    SharedPages pages;

    @GET
    public Response tracker(@RestQuery String sig, @RestQuery String owner, @RestQuery String status, @RestQuery String due,
            @RestQuery String overdue, @RestQuery String source, @RestQuery String q, @RestQuery String sort, @RestQuery String page) {
        ActionFilter filter = new ActionFilter(sig, owner, status, due, overdue, source, q, sort);
        List<String> problems = new ArrayList<>();
        ActionFilter.Checked checked = filter.check(currentUser.username(), items.today(), sigs.slugs(), problems);
        if (ActionFilter.ME.equals(filter.owner()) && !currentUser.signedIn()) {
            problems.add("Sign in to see your own items.");
        }
        if (problems.isEmpty() && isBlank(owner) && isBlank(q)) {
            // the tabs and filters people click through are the same for every reader with the same roles and zone
            // and without a query string, the whole page with its layout for every reader alike
            String key = "actions:" + filter + ":" + QueryString.pageNumber(page) + ":" + items.today();
            Supplier<String> table = () -> kept.get(key + ":" + kept.reader(),
                    () -> Templates.tracker$main(view(checked, filter, problems, page)).render());
            return Response.ok(pages.page(key, null, () -> Templates.tracker(TrackerView.rendered(table.get())).render(), Map.of())).build();
        }
        return Response.status(problems.isEmpty() ? 200 : 400).entity(Templates.tracker(view(checked, filter, problems, page)).render()).build();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private TrackerView view(ActionFilter.Checked checked, ActionFilter filter, List<String> problems, String page) {
        ActionQueries.Page found = queries.list(checked, QueryString.pageNumber(page), PAGE_SIZE);
        return new TrackerView(found, filter, problems, sigs.all(), List.of(ActionStatus.values()), List.of(ActionSource.values()),
                items.today(), currentUser.signedIn(), null);
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv;charset=UTF-8")
    public Response export(@RestQuery String sig, @RestQuery String owner, @RestQuery String status, @RestQuery String due,
            @RestQuery String overdue, @RestQuery String source, @RestQuery String q, @RestQuery String sort) {
        List<String> problems = new ArrayList<>();
        ActionFilter.Checked checked = new ActionFilter(sig, owner, status, due, overdue, source, q, sort)
                .check(currentUser.username(), items.today(), sigs.slugs(), problems);
        if (!problems.isEmpty()) {
            return Response.status(400).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).entity(String.join("\n", problems) + "\n").build();
        }
        List<ActionItem> all = queries.list(checked, 1, EXPORT_LIMIT).items();
        return Response.ok(ActionsCsv.of(all, items.today()))
                .header("Content-Disposition", "attachment; filename=\"action-items-" + items.today() + ".csv\"").build();
    }

    @GET
    @Path("new")
    @RolesAllowed(Roles.SIG_MEMBER)
    public TemplateInstance newForm(@RestQuery String sig, @RestQuery String source, @RestQuery String ref) {
        ActionDraft draft = prefilled(sig, source, ref);
        return Templates.form(new FormView(draft, sigs.all(), directory.choices(), sources.link(draft.source(), draft.sourceRef())));
    }

    @POST
    @RolesAllowed(Roles.SIG_MEMBER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String title, @RestForm String details, @RestForm String owner, @RestForm String due,
            @RestForm String sig, @RestForm String source, @RestForm String ref) {
        ActionDraft draft = new ActionDraft(title, details, owner, due, sig, source, ref, Map.of())
                .checked(items.today(), true, sigs.slugs(), sources::exists, directory.names());
        if (!draft.valid()) {
            return Response.status(400).entity(Templates.form(new FormView(draft, sigs.all(), directory.choices(),
                    sources.link(draft.source(), draft.sourceRef())))).build();
        }
        return submissions.form("action-item", () -> Response.seeOther(URI.create(items.create(draft).href()))
                .cookie(Flash.of(draft.withoutDueDate() ? CREATED_NO_DUE : CREATED)).build(),
                () -> Templates.form(new FormView(draft, sigs.all(), directory.choices(), sources.link(draft.source(), draft.sourceRef()))));
    }

    /** The create form, filled from where it was opened: a SIG, or a source (a feedback item, a roadmap item). */
    private ActionDraft prefilled(String sig, String source, String ref) {
        String sigSlug = sig != null && sigs.slugs().contains(sig) ? sig : "";
        ActionSource type = ActionSource.of(source).orElse(null);
        Optional<ActionItemSource.Prefill> prefill = sources.prefill(type, ref);
        if (prefill.isEmpty()) {
            return new ActionDraft("", "", currentUser.username(), "", sigSlug, "", "", Map.of());
        }
        ActionItemSource.Prefill p = prefill.get();
        if (sigSlug.isEmpty()) {
            sigSlug = sigs.find(p.sig()).or(() -> sigs.ofTeam(p.team())).map(SigDirectory.SigRef::slug).orElse("");
        }
        return new ActionDraft(p.title(), p.details(), currentUser.username(), "", sigSlug, type.code(), p.ref(), Map.of());
    }


}
