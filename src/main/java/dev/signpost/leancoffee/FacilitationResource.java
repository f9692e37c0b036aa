package dev.signpost.leancoffee;

import dev.signpost.leancoffee.rules.Phase;
import dev.signpost.leancoffee.rules.Thumb;
import dev.signpost.leancoffee.rules.TopicState;
import dev.signpost.web.Refusal;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/** Running a session from its board: phases, columns, merges, the timebox, and everyone's thumbs. */
@Path("/lean-coffee")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Authenticated
public class FacilitationResource {

    @Inject
    Facilitation facilitation;
    @Inject
    BoardPage board;

    @POST
    @Path("{id: \\d{1,18}}/phase")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response phase(@RestPath long id, @RestForm String to) {
        return board.act(id, () -> {
            facilitation.phase(id, Phase.of(to).orElseThrow(() -> new Refusal(400, "There is no phase \"" + to + "\".")));
            return "";
        });
    }

    @POST
    @Path("{id: \\d{1,18}}/topics/{topic: \\d{1,18}}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@RestPath long id, @RestPath long topic, @RestForm String to) {
        return board.act(id, () -> {
            facilitation.move(id, topic, TopicState.of(to).orElseThrow(() -> new Refusal(400, "There is no column \"" + to + "\".")));
            return "#topic-" + topic;
        });
    }

    @POST
    @Path("{id: \\d{1,18}}/merge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response merge(@RestPath long id, @RestForm String kept, @RestForm String merged) {
        return board.act(id, () -> {
            facilitation.merge(id, BoardPage.number(kept, "the topic to keep"), BoardPage.number(merged, "the duplicate"));
            return "#topic-" + kept;
        });
    }

    @POST
    @Path("{id: \\d{1,18}}/topics/{topic: \\d{1,18}}/timer")
    public Response timer(@RestPath long id, @RestPath long topic) {
        return board.act(id, () -> {
            facilitation.startTimer(id, topic);
            return "#topic-" + topic;
        });
    }

    @POST
    @Path("{id: \\d{1,18}}/topics/{topic: \\d{1,18}}/extend")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response extend(@RestPath long id, @RestPath long topic, @RestForm String minutes) {
        return board.act(id, () -> {
            Integer by = minutes == null || minutes.isBlank() ? null : (int) BoardPage.number(minutes, "the minutes");
            if (by != null && (by < 1 || by > 60)) {
                throw new Refusal(400, "Extend by 1 to 60 minutes.");
            }
            facilitation.extend(id, topic, by);
            return "#topic-" + topic;
        });
    }

    @POST
    @Path("{id: \\d{1,18}}/topics/{topic: \\d{1,18}}/thumb")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response thumb(@RestPath long id, @RestPath long topic, @RestForm String thumb) {
        return board.act(id, () -> {
            facilitation.thumb(id, topic, Thumb.of(thumb).orElseThrow(() -> new Refusal(400, "A thumb is up, sideways or down.")));
            return "#topic-" + topic;
        });
    }
}
