package dev.signpost.leancoffee;

import dev.signpost.actions.ActionDraft;
import dev.signpost.actions.ActionSource;
import dev.signpost.actions.SigDirectory;
import dev.signpost.people.Directory;
import dev.signpost.web.Flash;
import dev.signpost.web.FormText;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import java.time.LocalDate;
import java.util.Map;

/** Capturing a discussion from its board: a topic's notes and its action items. */
@Path("/lean-coffee")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Authenticated
public class CaptureResource {

    static final String CAPTURED_NO_DUE = "lc-action-no-due";

    @Inject
    Sessions sessions;
    @Inject
    Capture capture;
    @Inject
    SigDirectory sigs;
    @Inject
    BoardPage board;
    @Inject
    dev.signpost.actions.ActionItems actionsToday;
    @Inject
    Directory directory;

    @POST
    @Path("{id: \\d{1,18}}/topics/{topic: \\d{1,18}}/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response notes(@RestPath long id, @RestPath long topic, @RestForm String notes) {
        return board.act(id, () -> {
            capture.notes(id, topic, FormText.of(notes));
            return "#topic-" + topic;
        });
    }

    @POST
    @Path("{id: \\d{1,18}}/topics/{topic: \\d{1,18}}/actions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response capture(@RestPath long id, @RestPath long topic, @RestForm String title, @RestForm String owner, @RestForm String due,
            @RestForm String details) {
        LeanCoffeeSession session = sessions.find(id).orElseThrow(NotFoundException::new);
        ActionDraft draft = new ActionDraft(title, details, owner, due, session.sig, ActionSource.LEAN_COFFEE.code(), String.valueOf(topic),
                Map.of()).checked(actionsToday.today(), true, sigs.slugs(),
                (type, ref) -> type == ActionSource.LEAN_COFFEE && ref.equals(String.valueOf(topic)), directory.names());
        if (!draft.valid()) {
            return Response.status(400).entity(board.page(id, BoardPage.NO_TOPIC, "Please check the action item; everything you typed is kept.",
                    null, draft, topic)).build();
        }
        Response done = board.act(id, () -> {
            capture.capture(id, topic, draft);
            return "#topic-" + topic;
        }, null, draft, topic);
        // Accepted without a due date: said on the board, so that it is added while everyone is still there.
        return done.getStatus() == 303 && draft.withoutDueDate() ? Response.fromResponse(done).cookie(Flash.of(CAPTURED_NO_DUE)).build() : done;
    }
}
