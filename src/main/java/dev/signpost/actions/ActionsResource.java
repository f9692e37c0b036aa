package dev.signpost.actions;

import dev.signpost.content.MarkdownRenderer;
import dev.signpost.security.CurrentUser;
import dev.signpost.security.DemoAccounts;
import dev.signpost.security.Roles;
import dev.signpost.web.Flash;
import dev.signpost.web.FormText;
import dev.signpost.web.QueryString;
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

/**
 * {@code /actions}: the tracker across SIGs and sessions, one item with its history and comments, and the forms that
 * create and change items. Who may do what is {@link ActionRules}.
 */
@Path("/actions")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Authenticated
public class ActionsResource {

    static final int PAGE_SIZE = 50;
    static final int EXPORT_LIMIT = 100_000;
    static final String CREATED = "action-created";
    static final String SAVED = "action-saved";
    static final String COMMENTED = "action-commented";
    static final String SOURCE_COMPLETED = "action-source-completed";
    static final String SOURCE_NOT_COMPLETED = "action-source-not-completed";
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    /** The tracker page. */
    public record TrackerView(ActionItems.Page page, ActionFilter filter, List<String> problems, List<SigDirectory.SigRef> sigs,
            List<ActionStatus> statuses, List<ActionSource> sources, LocalDate today, boolean signedIn) {

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

    /** A history entry with its comment rendered. */
    public record Entry(ActionEvent event, String commentHtml) {
    }

    /** One item's page, with whatever the viewer typed kept when a change was refused. */
    public record ItemView(ActionItem item, String detailsHtml, List<Entry> history, ActionSources.Link source, String sigTitle, String sigHref,
            boolean canEdit, boolean canChangeStatus, boolean canComment, List<ActionStatus> nextStatuses, ActionDraft edit,
            String statusTyped, String statusComment, String commentTyped, String error, List<ActionEvent> theirChanges,
            String flash, ActionItemSource.DoneOffer offer, ActionItemSource.DoneOffer doneTexts, List<SigDirectory.SigRef> sigs,
            List<String> people, LocalDate today) {
    }

    @CheckedTemplate(basePath = "actions")
    static class Templates {
        static native TemplateInstance tracker(TrackerView view);

        static native TemplateInstance form(FormView view);

        static native TemplateInstance item(ItemView view);
    }

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
    dev.signpost.security.SecurityConfig securityConfig;

    @GET
    public Response tracker(@RestQuery String sig, @RestQuery String owner, @RestQuery String status, @RestQuery String due,
            @RestQuery String overdue, @RestQuery String source, @RestQuery String q, @RestQuery String sort, @RestQuery String page) {
        ActionFilter filter = new ActionFilter(sig, owner, status, due, overdue, source, q, sort);
        List<String> problems = new ArrayList<>();
        ActionFilter.Checked checked = filter.check(currentUser.username(), items.today(), sigs.slugs(), problems);
        if (ActionFilter.ME.equals(filter.owner()) && !currentUser.signedIn()) {
            problems.add("Sign in to see your own items.");
        }
        ActionItems.Page found = items.list(checked, QueryString.pageNumber(page), PAGE_SIZE);
        TrackerView view = new TrackerView(found, filter, problems, sigs.all(), List.of(ActionStatus.values()), List.of(ActionSource.values()),
                items.today(), currentUser.signedIn());
        return Response.status(problems.isEmpty() ? 200 : 400).entity(Templates.tracker(view)).build();
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
        List<ActionItem> all = items.list(checked, 1, EXPORT_LIMIT).items();
        return Response.ok(ActionsCsv.of(all, items.today()))
                .header("Content-Disposition", "attachment; filename=\"action-items-" + items.today() + ".csv\"").build();
    }

    @GET
    @Path("new")
    @RolesAllowed(Roles.SIG_MEMBER)
    public TemplateInstance newForm(@RestQuery String sig, @RestQuery String source, @RestQuery String ref) {
        ActionDraft draft = prefilled(sig, source, ref);
        return Templates.form(new FormView(draft, sigs.all(), people(), sources.link(draft.source(), draft.sourceRef())));
    }

    @POST
    @RolesAllowed(Roles.SIG_MEMBER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String title, @RestForm String details, @RestForm String owner, @RestForm String due,
            @RestForm String sig, @RestForm String source, @RestForm String ref) {
        ActionDraft draft = new ActionDraft(title, details, owner, due, sig, source, ref, Map.of())
                .checked(items.today(), true, sigs.slugs(), sources::exists);
        if (!draft.valid()) {
            return Response.status(400).entity(Templates.form(new FormView(draft, sigs.all(), people(),
                    sources.link(draft.source(), draft.sourceRef())))).build();
        }
        ActionItem item = items.create(draft);
        return Response.seeOther(URI.create(item.href())).cookie(Flash.of(CREATED)).build();
    }

    @GET
    @Path("{id: \\d{1,18}}")
    public TemplateInstance item(@RestPath long id) {
        ActionItem item = items.find(id).orElseThrow(NotFoundException::new);
        return Templates.item(view(item, null, null, null, null, null, List.of(), flash.value().orElse(null)));
    }

    @POST
    @Path("{id: \\d{1,18}}/status")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response status(@RestPath long id, @RestForm String status, @RestForm String comment, @RestForm String version,
            @RestForm String completeSource) {
        ActionItem item = items.find(id).orElseThrow(NotFoundException::new);
        Optional<ActionItemSource.DoneOffer> offer = sources.offerFor(item);
        String typedComment = FormText.of(comment);
        Optional<ActionStatus> to = ActionStatus.of(status);
        if (to.isEmpty()) {
            return refused(400, item, null, status, typedComment, null, "Choose one of the statuses listed.", List.of());
        }
        if (typedComment.length() > ActionItem.DETAILS_LENGTH) {
            return refused(400, item, null, status, typedComment, null, "A comment has at most " + ActionItem.DETAILS_LENGTH
                    + " characters; this one has " + typedComment.length() + ".", List.of());
        }
        try {
            ActionItem changed = items.changeStatus(id, version(version), to.get(), typedComment);
            String message = SAVED;
            if (changed.status == ActionStatus.DONE && completeSource != null && offer.isPresent()) {
                message = sources.completeWhenDone(changed) ? SOURCE_COMPLETED : SOURCE_NOT_COMPLETED;
            }
            return Response.seeOther(URI.create(changed.href())).cookie(Flash.of(message)).build();
        } catch (ActionConflict conflict) {
            return refused(409, conflict.current(), null, status, typedComment, null, conflict.getMessage(), conflict.theirChanges());
        } catch (ActionRejected rejected) {
            return refused(rejected.status(), item, null, status, typedComment, null, rejected.getMessage(), List.of());
        }
    }

    @POST
    @Path("{id: \\d{1,18}}/edit")
    @RolesAllowed(Roles.SIG_MEMBER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@RestPath long id, @RestForm String title, @RestForm String details, @RestForm String owner, @RestForm String due,
            @RestForm String sig, @RestForm String version) {
        ActionItem item = items.find(id).orElseThrow(NotFoundException::new);
        ActionDraft draft = new ActionDraft(title, details, owner, due, sig, "", "", Map.of())
                .checked(items.today(), false, sigs.slugs(), sources::exists);
        if (!draft.valid()) {
            return refused(400, item, draft, null, null, null, "Please check the fields marked below; everything you typed is kept.", List.of());
        }
        try {
            ActionItem changed = items.edit(id, version(version), draft);
            return Response.seeOther(URI.create(changed.href())).cookie(Flash.of(SAVED)).build();
        } catch (ActionConflict conflict) {
            return refused(409, conflict.current(), draft, null, null, null, conflict.getMessage(), conflict.theirChanges());
        } catch (ActionRejected rejected) {
            return refused(rejected.status(), item, draft, null, null, null, rejected.getMessage(), List.of());
        }
    }

    @POST
    @Path("{id: \\d{1,18}}/comments")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response comment(@RestPath long id, @RestForm String text) {
        ActionItem item = items.find(id).orElseThrow(NotFoundException::new);
        String typed = FormText.of(text);
        try {
            items.comment(id, typed);
            return Response.seeOther(URI.create(item.href() + "#history")).cookie(Flash.of(COMMENTED)).build();
        } catch (ActionRejected rejected) {
            return refused(rejected.status(), item, null, null, null, typed, rejected.getMessage(), List.of());
        }
    }

    private Response refused(int status, ActionItem item, ActionDraft edit, String statusTyped, String statusComment, String commentTyped,
            String error, List<ActionEvent> theirs) {
        return Response.status(status).entity(Templates.item(view(item, edit, statusTyped, statusComment, commentTyped, error, theirs, null)))
                .build();
    }

    private ItemView view(ActionItem item, ActionDraft edit, String statusTyped, String statusComment, String commentTyped, String error,
            List<ActionEvent> theirs, String message) {
        List<String> roles = currentUser.roles();
        boolean canEdit = ActionRules.canEdit(roles);
        boolean canStatus = ActionRules.canChangeStatus(currentUser.username(), roles, item.owner);
        List<Entry> history = items.history(item.id).stream()
                .map(e -> new Entry(e, e.comment == null ? null : MARKDOWN.renderFragment(e.comment))).toList();
        Optional<SigDirectory.SigRef> sig = sigs.find(item.sig);
        List<ActionStatus> next = item.status.next().stream().sorted().toList();
        return new ItemView(item, MARKDOWN.renderFragment(item.details), history, sources.link(item.sourceType == null ? "" : item.sourceType.code(),
                item.sourceRef), sig.map(SigDirectory.SigRef::title).orElse(item.sig), sig.map(SigDirectory.SigRef::href).orElse(null), canEdit,
                canStatus, ActionRules.canComment(currentUser.signedIn()), next, edit != null ? edit : ActionDraft.of(item), statusTyped,
                statusComment, commentTyped, error, theirs, message, sources.offerFor(item).orElse(null), sources.doneOffer(item).orElse(null),
                sigs.all(), canEdit ? people() : List.of(), items.today());
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

    /** The people to suggest as owners: the demo accounts where they exist, the current user, and owners seen before. */
    private List<String> people() {
        TreeSet<String> people = new TreeSet<>(items.knownPeople());
        if (currentUser.signedIn()) {
            people.add(currentUser.username());
        }
        if (securityConfig.localSignIn().enabled()) {
            DemoAccounts.ALL.forEach(a -> people.add(a.username()));
        }
        return List.copyOf(people);
    }

    private static int version(String version) {
        if (version == null || !version.strip().matches("\\d{1,9}")) {
            throw new ActionRejected(400, "The form is missing the item's version; reload the page and try again.");
        }
        return Integer.parseInt(version.strip());
    }
}
