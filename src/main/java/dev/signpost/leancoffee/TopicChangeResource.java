package dev.signpost.leancoffee;

import dev.signpost.leancoffee.rules.TopicDraft;
import dev.signpost.web.Refusal;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
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

/**
 * Editing a proposed topic ({@code /lean-coffee/{id}/topics/{topic}/edit}) and withdrawing it after a confirmation page
 * ({@code .../withdraw}): plain forms that come back to the board. Who may, and when, is {@link TopicChanges}'s to say.
 */
@Path("/lean-coffee/{id: \\d{1,18}}/topics/{topic: \\d{1,18}}")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Authenticated
public class TopicChangeResource {

    /** The edit form: the topic as typed, and why it was refused. */
    public record EditView(LeanCoffeeSession session, long topicId, TopicDraft draft, String error) {
    }

    @CheckedTemplate(basePath = "leancoffee")
    static class Templates {
        static native TemplateInstance topicEdit(EditView view);

        static native TemplateInstance topicWithdraw(LeanCoffeeSession session, BoardView.TopicView topic);
    }

    @Inject
    Sessions sessions;
    @Inject
    TopicChanges changes;
    @Inject
    BoardReader reader;
    @Inject
    BoardPage board;

    @GET
    @Path("edit")
    public TemplateInstance editForm(@RestPath long id, @RestPath long topic) {
        LeanCoffeeTopic current = changes.changeable(id, topic);
        return Templates.topicEdit(new EditView(session(id), topic, new TopicDraft(current.title, current.pitch), null));
    }

    @POST
    @Path("edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@RestPath long id, @RestPath long topic, @RestForm String title, @RestForm String pitch) {
        LeanCoffeeSession session = session(id);
        TopicDraft draft = new TopicDraft(title, pitch).checked();
        try {
            changes.changeable(id, topic);
            if (!draft.valid()) {
                return Response.status(400).entity(Templates.topicEdit(new EditView(session, topic, draft,
                        "Please check the topic; everything you typed is kept."))).build();
            }
            changes.edit(id, topic, draft);
        } catch (Refusal refused) {
            if (refused.status() != 409) {
                throw refused;
            }
            return Response.status(409).entity(Templates.topicEdit(new EditView(session, topic, draft,
                    refused.getMessage() + " What you typed is kept below."))).build();
        }
        return Response.seeOther(URI.create(session.href() + "#topic-" + topic)).build();
    }

    @GET
    @Path("withdraw")
    public TemplateInstance withdrawForm(@RestPath long id, @RestPath long topic) {
        changes.changeable(id, topic);
        return Templates.topicWithdraw(session(id), reader.view(id).topic(topic));
    }

    @POST
    @Path("withdraw")
    public Response withdraw(@RestPath long id, @RestPath long topic) {
        return board.act(id, () -> {
            changes.withdraw(id, topic);
            return "";
        });
    }

    private LeanCoffeeSession session(long id) {
        return sessions.find(id).orElseThrow(NotFoundException::new);
    }
}
