package dev.signpost.leancoffee;

import dev.signpost.database.Submissions;
import dev.signpost.leancoffee.rules.LeanCoffeeRules;
import dev.signpost.people.Directory;
import dev.signpost.leancoffee.rules.Phase;
import dev.signpost.leancoffee.rules.SessionDraft;
import dev.signpost.actions.SigDirectory;
import dev.signpost.live.KeepAlive;
import dev.signpost.live.LiveBus;
import dev.signpost.security.CurrentUser;
import dev.signpost.security.Roles;
import dev.signpost.web.Flash;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;
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
import org.jboss.resteasy.reactive.RestStreamElementType;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /lean-coffee}: the SIGs' sessions, a new session, one session's live board, its summary, and the event stream
 * that tells open boards when anything changed (the page's script then fetches {@code /lean-coffee/{id}/board}). The
 * moves on a board are {@link VotingResource}, {@link FacilitationResource} and {@link CaptureResource}; each form posts
 * and comes back to the board, so it works without JavaScript.
 */
@Path("/lean-coffee")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Authenticated
public class LeanCoffeeResource {

    /** Times on the pages are shown in this zone: where the SIGs meet. */
    static final String CREATED = "lc-created";

    /** The list of sessions. */
    public record ListView(List<LeanCoffeeSession> upcoming, List<LeanCoffeeSession> past, String sig, boolean canCreate, SigDirectory sigs) {
    }

    @CheckedTemplate(basePath = "leancoffee")
    static class Templates {
        static native TemplateInstance list(ListView view);

        static native TemplateInstance form(SessionDraft draft, List<SigDirectory.SigRef> sigs, String zone);

        static native TemplateInstance board(BoardView board);

        static native TemplateInstance summary(BoardView board, String markdown);
    }

    @Inject
    LiveBoards liveBoards;
    @Inject
    Submissions submissions;
    @Inject
    Sessions sessions;
    @Inject
    Directory directory;
    @Inject
    BoardReader reader;
    @Inject
    BoardPage page;
    @Inject
    CurrentUser currentUser;
    @Inject
    SigDirectory sigs;
    @Inject
    LiveBus bus;
    @Inject
    Flash flash;
    @Inject
    Clock clock;

    @GET
    public TemplateInstance list(@RestQuery String sig) {
        String bySig = sig != null && sigs.slugs().contains(sig) ? sig : null;
        List<LeanCoffeeSession> all = sessions.list(bySig);
        List<LeanCoffeeSession> upcoming = all.stream().filter(s -> s.phase != Phase.CLOSED)
                .sorted(Comparator.comparing((LeanCoffeeSession s) -> s.startsAt)).toList();
        List<LeanCoffeeSession> past = all.stream().filter(s -> s.phase == Phase.CLOSED).toList();
        return Templates.list(new ListView(upcoming, past, bySig, LeanCoffeeRules.canCreate(currentUser.roles()), sigs));
    }

    @GET
    @Path("new")
    @RolesAllowed(Roles.SIG_MEMBER)
    public TemplateInstance newForm(@RestQuery String sig) {
        String known = sig != null && sigs.slugs().contains(sig) ? sig : "";
        ZoneId zone = zoneOf(known);
        ZonedDateTime now = sessions.now().atZone(zone);
        // The SIG's next Lean Coffee (or next meeting) when its charter has a schedule, else the next whole hour.
        Optional<ZonedDateTime> meeting = known.isEmpty() ? Optional.empty()
                : sigs.nextLeanCoffee(known, now.toInstant()).map(at -> at.withZoneSameInstant(zone));
        return Templates.form(meeting.map(at -> SessionDraft.startingAt(currentUser.username(), known, at))
                .orElseGet(() -> SessionDraft.blank(currentUser.username(), known, now)), sigs.all(), zone.getId());
    }

    @POST
    @RolesAllowed(Roles.SIG_MEMBER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String title, @RestForm String date, @RestForm String time, @RestForm String votes,
            @RestForm String timebox, @RestForm String anonymous, @RestForm String hiddenVotes, @RestForm String facilitator,
            @RestForm String sig) {
        ZoneId zone = zoneOf(sig != null && sigs.slugs().contains(sig) ? sig : "");
        SessionDraft draft = new SessionDraft(title, date, time, votes, timebox, anonymous != null, hiddenVotes != null, facilitator, sig,
                Map.of()).checked(sessions.now(), zone, sigs.slugs(), currentUser.username(), directory.names());
        if (!draft.valid()) {
            return Response.status(400).entity(Templates.form(draft, sigs.all(), zone.getId())).build();
        }
        return submissions.form("lean-coffee-session",
                () -> Response.seeOther(URI.create(sessions.create(draft, zone).href())).cookie(Flash.of(CREATED)).build(),
                () -> Templates.form(draft, sigs.all(), zone.getId()));
    }

    /** The zone a session of this SIG is planned in: its Lean Coffee meetings' zone, else the portal's. */
    private ZoneId zoneOf(String sig) {
        return (sig.isEmpty() ? Optional.<ZonedDateTime>empty() : sigs.nextLeanCoffee(sig, sessions.now()))
                .map(ZonedDateTime::getZone).orElse(clock.getZone());
    }

    @GET
    @Path("{id: \\d{1,18}}")
    public TemplateInstance session(@RestPath long id) {
        sessions.find(id).orElseThrow(NotFoundException::new);
        page.join(id);
        return page.page(id, BoardPage.NO_TOPIC, null, flash.value().orElse(null), null, null);
    }

    /** The board alone, for a page that was told something changed. */
    @GET
    @Path("{id: \\d{1,18}}/board")
    public TemplateInstance board(@RestPath long id) {
        return Templates.board(reader.view(id));
    }

    /**
     * A server-sent event whenever the session changes, on any instance; and a ping every 20 s to keep proxies from
     * closing it. It ends when this instance begins to shut down; the page reconnects and catches up.
     */
    @GET
    @Path("{id: \\d{1,18}}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.TEXT_PLAIN)
    @io.smallrye.common.annotation.Blocking
    public Multi<String> events(@RestPath long id) {
        sessions.find(id).orElseThrow(NotFoundException::new);
        return liveBoards.counted(KeepAlive.around(bus.subscribe(SessionGuard.channel(id)), Duration.ofSeconds(20)));
    }

    @GET
    @Path("{id: \\d{1,18}}/summary")
    public TemplateInstance summary(@RestPath long id) {
        BoardView board = reader.view(id);
        return Templates.summary(board, reader.summary(board, board.session().zone()));
    }

    @GET
    @Path("{id: \\d{1,18}}/summary.md")
    @Produces("text/markdown;charset=UTF-8")
    public Response summaryMarkdown(@RestPath long id) {
        BoardView board = reader.view(id);
        return Response.ok(reader.summary(board, board.session().zone())).header("Content-Disposition", "attachment; filename=\"lean-coffee-" + id + ".md\"").build();
    }
}
