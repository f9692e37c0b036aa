package dev.signpost.leancoffee;

import dev.signpost.leancoffee.rules.TopicDraft;
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

/** Proposing topics and placing dots on a session's board. */
@Path("/lean-coffee")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Authenticated
public class VotingResource {

    @Inject
    Sessions sessions;
    @Inject
    Voting voting;
    @Inject
    BoardPage board;

    @POST
    @Path("{id: \\d{1,18}}/topics")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addTopic(@RestPath long id, @RestForm String title, @RestForm String pitch) {
        sessions.find(id).orElseThrow(NotFoundException::new);
        TopicDraft draft = new TopicDraft(title, pitch).checked();
        if (!draft.valid()) {
            return Response.status(400).entity(board.page(id, draft, "Please check the topic; everything you typed is kept.", null, null, null))
                    .build();
        }
        return board.act(id, () -> "#" + voting.addTopic(id, draft).anchor(), draft, null, null);
    }

    @POST
    @Path("{id: \\d{1,18}}/topics/{topic: \\d{1,18}}/vote")
    public Response vote(@RestPath long id, @RestPath long topic) {
        return board.act(id, () -> {
            voting.vote(id, topic);
            return "#topic-" + topic;
        });
    }

    @POST
    @Path("{id: \\d{1,18}}/topics/{topic: \\d{1,18}}/unvote")
    public Response unvote(@RestPath long id, @RestPath long topic) {
        return board.act(id, () -> {
            voting.unvote(id, topic);
            return "#topic-" + topic;
        });
    }
}
