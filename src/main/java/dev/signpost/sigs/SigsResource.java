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
import dev.signpost.web.PersonalParts;
import dev.signpost.web.SharedPages;
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
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** {@code /sigs}: every SIG with its mission, channel and next meeting; one SIG's charter with live sections. */
@Path("/sigs")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class SigsResource {

    static final String INTERESTED = "sig-interested";
    static final String NOT_INTERESTED = "sig-not-interested";
    /** The interest box: personal (the reader's own toggle, the list members see), put into a shared page per request. */
    static final String INTEREST_PART = "sig-interest";

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

        static native TemplateInstance sig$interest(SigView view);
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
    SharedPages shared;
    @Inject
    PersonalParts parts;
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
    public byte[] sig(@RestPath String slug) {
        Sig sig = sigs.sigs().sig(slug).orElseThrow(NotFoundException::new);
        LocalDate today = LocalDate.now(clock);
        Sig.Upcoming next = sig.nextMeeting(clock.instant()).orElse(null);
        String key = "sig:" + slug + ":" + SharedPages.version(sig) + ":" + today + ":" + (next == null ? "-" : next.at());
        return shared.page(key, sig.doc(), () -> Templates.sig(view(sig, today, next, sections(sig, today))).render(),
                Map.of(parts.marker(INTEREST_PART), () -> interestBox(key, view(sig, today, next, List.of()))));
    }

    /** The reader's interest box: the same for everyone with the same roles who is interested, or is not. */
    private String interestBox(String page, SigView view) {
        Supplier<String> render = () -> Templates.sig$interest(view).render();
        return view.databaseDown() ? render.get() : shared.part(page + ":interest:" + view.interested(), render);
    }

    /** The page of {@code sig}, with the interest in it as this reader sees it. */
    private SigView view(Sig sig, LocalDate today, Sig.Upcoming next, List<String> sections) {
        boolean down = false;
        Long count = null;
        Boolean interested = null;
        List<SigInterest> people = null;
        try {
            List<SigInterest> all = kept.get("sig-interests:" + sig.slug(), () -> interests.of(sig.slug()));
            count = (long) all.size();
            interested = currentUser.signedIn() && all.stream().anyMatch(i -> i.username.equals(currentUser.username()));
            people = currentUser.hasRole(Roles.SIG_MEMBER) ? all : null;
        } catch (DatabaseUnavailableException | PersistenceException e) {
            down = true;
        }
        String message = flash.value().filter(v -> v.equals(INTERESTED) || v.equals(NOT_INTERESTED)).orElse(null);
        return new SigView(sig, sig.doc().freshness().isStale(today), sig.doc().origin().editUrl(), next, sections, count,
                interested, people, down, message, today);
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
