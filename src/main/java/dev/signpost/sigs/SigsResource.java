package dev.signpost.sigs;

import dev.signpost.database.Submissions;
import dev.signpost.database.DatabaseUnavailableException;
import jakarta.persistence.PersistenceException;
import dev.signpost.security.CurrentUser;
import dev.signpost.security.Roles;
import dev.signpost.web.Flash;
import dev.signpost.web.KeptParts;
import dev.signpost.web.PageSection;
import dev.signpost.web.PageSections;
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
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** {@code /sigs}: every SIG with its mission, channel and next meeting; one SIG's charter with live sections. */
@Path("/sigs")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class SigsResource {

    static final String INTERESTED = "sig-interested";
    static final String NOT_INTERESTED = "sig-not-interested";

    /** One SIG on the list. */
    public record Card(Sig sig, Sig.Upcoming next) {
    }

    /**
     * A SIG's page. The database-backed parts are null when the database cannot be reached ({@code databaseDown}
     * says so); {@code feedback} and {@code people} are null for people who may not see them.
     */
    public record SigView(Sig sig, boolean stale, String editUrl, Sig.Upcoming next, List<String> sections, Long interestCount,
            Boolean interested, List<SigInterest> people, boolean databaseDown, String flash, LocalDate today) {
    }

    @CheckedTemplate(basePath = "sigs")
    static class Templates {
        static native TemplateInstance list(List<Card> cards);

        static native TemplateInstance sig(SigView view);
    }

    @Inject
    SigService sigs;
    @Inject
    Submissions submissions;
    @Inject
    SigInterests interests;
    @Inject
    PageSections sections;
    @Inject
    KeptParts kept;
    @Inject
    CurrentUser currentUser;
    @Inject
    Flash flash;
    @Inject
    Clock clock;

    @GET
    public TemplateInstance list() {
        List<Card> cards = sigs.all().stream().map(s -> new Card(s, s.nextMeeting(clock.instant()).orElse(null))).toList();
        return Templates.list(cards);
    }

    @GET
    @Path("{slug}")
    public String sig(@RestPath String slug) {
        Sig sig = sigs.sigs().sig(slug).orElseThrow(NotFoundException::new);
        LocalDate today = LocalDate.now(clock);
        boolean down = false;
        Long count = null;
        Boolean interested = null;
        List<SigInterest> people = null;
        try {
            boolean member = currentUser.hasRole(Roles.SIG_MEMBER);
            List<SigInterest> all = kept.get("sig-interests:" + slug, () -> interests.of(slug));
            count = (long) all.size();
            interested = currentUser.signedIn() && all.stream().anyMatch(i -> i.username.equals(currentUser.username()));
            people = member ? all : null;
        } catch (DatabaseUnavailableException | PersistenceException e) {
            down = true;
            people = null;
        }
        String message = flash.value().filter(v -> v.equals(INTERESTED) || v.equals(NOT_INTERESTED)).orElse(null);
        return Templates.sig(new SigView(sig, sig.doc().freshness().isStale(today), sig.doc().origin().editUrl(),
                sig.nextMeeting(clock.instant()).orElse(null), sections(sig, today), count, interested, people, down, message, today)).render();
    }

    /** The sections other features add, the same for every reader with the same roles and zone on the same day. */
    private List<String> sections(Sig sig, LocalDate today) {
        return kept.get("sig-sections:" + sig.slug() + ":" + today + ":" + kept.reader(),
                () -> sections.render(PageSection.SIG, new PageSection.Subject(sig.slug(), sig.title(), Set.copyOf(sig.groups()))));
    }

    @POST
    @Path("{slug}/interest")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response toggleInterest(@RestPath String slug) {
        Sig sig = sigs.sigs().sig(slug).orElseThrow(NotFoundException::new);
        // a toggle sent twice would undo itself: stored once per submission key
        return submissions.form("sig-interest", () -> Response.seeOther(URI.create(sig.href() + "#interest"))
                .cookie(Flash.of(interests.toggle(sig.slug()) ? INTERESTED : NOT_INTERESTED)).build(), null);
    }
}
