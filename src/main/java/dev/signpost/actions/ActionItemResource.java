package dev.signpost.actions;

import dev.signpost.database.Submissions;
import dev.signpost.content.markdown.MarkdownRenderer;
import dev.signpost.people.Directory;
import dev.signpost.security.CurrentUser;
import dev.signpost.security.Roles;
import dev.signpost.web.Flash;
import dev.signpost.web.FormText;
import dev.signpost.web.Refusal;
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

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /actions/{id}}: one action item with its history and comments, and the forms that change it (status, edit,
 * comment). A refused change shows the page again with the message and whatever was typed; a conflict (someone else
 * changed it meanwhile) names their changes.
 */
@Path("/actions")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Authenticated
public class ActionItemResource {

    static final String SAVED = "action-saved";
    static final String SAVED_NO_DUE = "action-saved-no-due";
    static final String COMMENTED = "action-commented";
    static final String SOURCE_COMPLETED = "action-source-completed";
    static final String SOURCE_NOT_COMPLETED = "action-source-not-completed";

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
        static native TemplateInstance item(ItemView view);
    }

    @Inject
    ActionItems items;
    @Inject
    Submissions submissions;
    @Inject
    CurrentUser currentUser;
    @Inject
    SigDirectory sigs;
    @Inject
    Flash flash;
    @Inject
    ActionSources sources;
    @Inject
    MarkdownRenderer markdown;
    @Inject
    Directory directory;

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
            return submissions.form("action-status", () -> {
                ActionItem changed = items.changeStatus(id, version(version), to.get(), typedComment);
                String message = SAVED;
                if (changed.status == ActionStatus.DONE && completeSource != null && offer.isPresent()) {
                    message = sources.completeWhenDone(changed) ? SOURCE_COMPLETED : SOURCE_NOT_COMPLETED;
                }
                return Response.seeOther(URI.create(changed.href())).cookie(Flash.of(message)).build();
            }, null);
        } catch (ActionConflict conflict) {
            return refused(409, conflict.current(), null, status, typedComment, null, conflict.getMessage(), conflict.theirChanges());
        } catch (Refusal rejected) {
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
                .checked(items.today(), false, sigs.slugs(), sources::exists, directory.names().alsoAccepting(item.owner));
        if (!draft.valid()) {
            return refused(400, item, draft, null, null, null, "Please check the fields marked below; everything you typed is kept.", List.of());
        }
        try {
            return submissions.form("action-edit", () -> Response.seeOther(URI.create(items.edit(id, version(version), draft).href()))
                    .cookie(Flash.of(draft.withoutDueDate() ? SAVED_NO_DUE : SAVED)).build(), null);
        } catch (ActionConflict conflict) {
            return refused(409, conflict.current(), draft, null, null, null, conflict.getMessage(), conflict.theirChanges());
        } catch (Refusal rejected) {
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
            return submissions.form("action-comment", () -> {
                items.comment(id, typed);
                return Response.seeOther(URI.create(item.href() + "#history")).cookie(Flash.of(COMMENTED)).build();
            }, null);
        } catch (Refusal rejected) {
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
                .map(e -> new Entry(e, e.comment == null ? null : markdown.renderFragment(e.comment))).toList();
        Optional<SigDirectory.SigRef> sig = sigs.find(item.sig);
        List<ActionStatus> next = item.status.next().stream().sorted().toList();
        return new ItemView(item, markdown.renderFragment(item.details), history, sources.link(item.sourceType == null ? "" : item.sourceType.code(),
                item.sourceRef), sig.map(SigDirectory.SigRef::title).orElse(item.sig), sig.map(SigDirectory.SigRef::href).orElse(null), canEdit,
                canStatus, ActionRules.canComment(currentUser.signedIn()), next, edit != null ? edit : ActionDraft.of(item), statusTyped,
                statusComment, commentTyped, error, theirs, message, sources.offerFor(item).orElse(null), sources.doneOffer(item).orElse(null),
                sigs.all(), canEdit ? directory.choices() : List.of(), items.today());
    }

    private static int version(String version) {
        if (version == null || !version.strip().matches("\\d{1,9}")) {
            throw new Refusal(400, "The form is missing the item's version; reload the page and try again.");
        }
        return Integer.parseInt(version.strip());
    }
}
