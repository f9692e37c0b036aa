package dev.signpost.feedback;

import dev.signpost.content.ContentStore;
import dev.signpost.content.Document;
import dev.signpost.content.markdown.MarkdownRenderer;
import dev.signpost.database.Submissions;
import dev.signpost.security.Roles;
import dev.signpost.web.Flash;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import java.util.List;

/** {@code /feedback}: the feedback form, one's own feedback with its status and answer, and "My feedback". */
@Path("/feedback")
@RolesAllowed(Roles.ENGINEER)
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class FeedbackResource {

    static final String SENT = "sent";

    @CheckedTemplate(basePath = "feedback")
    static class Templates {
        static native TemplateInstance form(FeedbackDraft draft, List<Category> categories);

        static native TemplateInstance item(FeedbackView view, boolean justSent, boolean saved, TriagePanel triage);

        static native TemplateInstance mine(List<FeedbackItem> items);
    }

    /** An item ready to show: its Markdown rendered and sanitised, its related page's title. */
    public record FeedbackView(FeedbackItem item, String descriptionHtml, String answerHtml, Document relatedPage) {

        public String triageAction() {
            return "/feedback/triage/" + item.id;
        }
    }

    @Inject
    MarkdownRenderer markdown;
    @Inject
    FeedbackItems items;
    @Inject
    ContentStore store;
    @Inject
    Flash flash;
    @Inject
    Triage triage;
    @Inject
    Submissions submissions;

    @GET
    public TemplateInstance form(@RestQuery String page, @RestQuery String category) {
        String related = page != null && store.snapshot().byUrl().containsKey(page) ? page : "";
        String preset = Category.of(category).map(Category::code).orElse(related.isEmpty() ? "" : Category.DOCUMENTATION.code());
        return Templates.form(FeedbackDraft.empty(related, preset), List.of(Category.values()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(@RestForm String category, @RestForm String title, @RestForm String description,
            @RestForm String relatedPage, @RestForm String contactMe) {
        FeedbackDraft draft = new FeedbackDraft(category, title, description, relatedPage, contactMe != null, java.util.Map.of())
                .checked(url -> store.snapshot().byUrl().containsKey(url));
        if (!draft.valid()) {
            return Response.status(400).entity(Templates.form(draft, List.of(Category.values()))).build();
        }
        return submissions.form("feedback", () -> {
            FeedbackItem item = items.send(draft);
            return Response.seeOther(URI.create("/feedback/" + item.id)).cookie(Flash.of(SENT)).build();
        }, () -> Templates.form(draft, List.of(Category.values())));
    }

    @GET
    @Path("{id: \\d{1,18}}")
    public TemplateInstance item(@RestPath long id) {
        FeedbackItem item = items.visible(id).orElseThrow(NotFoundException::new);
        items.opened(item);
        TriagePanel panel = items.canTriage() ? new TriagePanel(TriageChange.of(item), store.snapshot().owners(),
                triage.history(id), null, null) : null;
        String message = flash.value().orElse("");
        return Templates.item(view(item, store, markdown), message.equals(SENT), message.equals(TriageResource.SAVED), panel);
    }

    static FeedbackView view(FeedbackItem item, ContentStore store, MarkdownRenderer markdown) {
        Document related = item.relatedPage == null ? null : store.snapshot().byUrl().get(item.relatedPage);
        String answer = item.publicAnswer == null ? null : markdown.renderFragment(item.publicAnswer);
        return new FeedbackView(item, markdown.renderFragment(item.description), answer, related);
    }

    @GET
    @Path("mine")
    public TemplateInstance mine() {
        return Templates.mine(items.mine());
    }
}
