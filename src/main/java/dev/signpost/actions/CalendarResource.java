package dev.signpost.actions;

import dev.signpost.security.CurrentUser;
import dev.signpost.web.Flash;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code /actions/calendar}: a person's calendar feed addresses (their own items, and each SIG's), and the feeds
 * themselves at {@code /actions/calendar/{token}.ics}, which calendar apps fetch without a session: the token in the
 * address says whose feed it is.
 */
@Path("/actions/calendar")
public class CalendarResource {

    static final String REGENERATED = "calendar-regenerated";
    /** How long finished items stay in a feed, so that calendars show them done or cancelled. */
    static final Duration FINISHED_KEPT = Duration.ofDays(90);

    /** A feed to subscribe to. */
    public record Feed(String name, String url) {
    }

    @CheckedTemplate(basePath = "actions")
    static class Templates {
        static native TemplateInstance calendar(Feed mine, List<Feed> sigs, boolean regenerated);
    }

    @Inject
    ActionQueries queries;
    @Inject
    CalendarTokens tokens;
    @Inject
    ActionItems items;
    @Inject
    CurrentUser currentUser;
    @Inject
    SigDirectory sigs;
    @Inject
    Flash flash;
    @Inject
    Clock clock;

    @GET
    @Authenticated
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public TemplateInstance page(@Context UriInfo uri) {
        String base = uri.getBaseUri().toString().replaceAll("/$", "") + "/actions/calendar/" + tokens.of(currentUser.username()) + ".ics";
        List<Feed> bySig = sigs.all().stream().map(s -> new Feed(s.title(), base + "?sig=" + s.slug())).toList();
        return Templates.calendar(new Feed("My action items", base), bySig, flash.value().filter(REGENERATED::equals).isPresent());
    }

    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response regenerate() {
        tokens.regenerate(currentUser.username());
        return Response.seeOther(URI.create("/actions/calendar")).cookie(Flash.of(REGENERATED)).build();
    }

    @GET
    @Path("{token: [A-Za-z0-9_-]{43}}.ics")
    @Produces("text/calendar;charset=UTF-8")
    public Response feed(@RestPath String token, @RestQuery String sig, @Context UriInfo uri) {
        Optional<String> user = tokens.owner(token);
        if (user.isEmpty()) {
            return notFound("No calendar has this address; it may have been replaced. Copy the new one from /actions/calendar.");
        }
        Instant now = clock.instant();
        String name;
        List<ActionItem> due;
        if (sig == null || sig.isBlank()) {
            name = "Action items of " + user.get();
            due = queries.withDueDates(user.get(), null, now.minus(FINISHED_KEPT));
        } else {
            Optional<SigDirectory.SigRef> found = sigs.find(sig);
            if (found.isEmpty()) {
                return notFound("There is no SIG \"" + sig + "\".");
            }
            name = "Action items of the " + found.get().title();
            due = queries.withDueDates(null, sig, now.minus(FINISHED_KEPT));
        }
        String base = uri.getBaseUri().toString().replaceAll("/$", "");
        List<ActionCalendar.Entry> entries = due.stream().map(i -> new ActionCalendar.Entry(i.id, i.title, i.dueOn, i.status.code(), i.owner,
                i.sig, base + i.href(), i.updatedAt)).toList();
        return Response.ok(ActionCalendar.feed(name, entries, uri.getBaseUri().getHost(), now))
                .header("Cache-Control", "private, max-age=300").build();
    }

    private static Response notFound(String message) {
        return Response.status(404).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).entity(message + "\n").build();
    }
}
