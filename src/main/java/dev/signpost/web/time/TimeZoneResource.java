package dev.signpost.web.time;

import dev.signpost.security.SignInTarget;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * {@code /time-zone}: the reader picks the zone times are shown in, or goes back to the one the browser detects. A
 * cookie remembers it, so it works without JavaScript and without signing in.
 */
@Path(TimeZoneResource.PATH)
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class TimeZoneResource {

    static final String PATH = "/time-zone";
    private static final int REMEMBERED_SECONDS = 400 * 24 * 3600;   // the longest browsers keep a cookie
    private static final int LONGEST_SHOWN = 80;

    /**
     * The form.
     *
     * @param choices  every zone offered
     * @param selected the chosen zone's name, empty for automatic
     * @param shown    the zone times are shown in now
     * @param portal   the portal's zone, shown when the browser tells none
     * @param back     where the form returns to
     * @param error    what was wrong with the last choice, else empty
     */
    public record ZoneForm(List<TimeZones.Choice> choices, String selected, String shown, String portal, String back, String error) {
    }

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance timeZone(ZoneForm form);
    }

    @Inject
    ReaderTime readerTime;
    @Inject
    Clock clock;

    @GET
    public TemplateInstance form(@RestQuery String back) {
        String selected = readerTime.chosen() ? readerTime.zoneName() : "";
        return Templates.timeZone(form(selected, back, ""));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(@RestForm String zone, @RestForm String back) {
        String target = SignInTarget.safe(back);
        if (zone == null || zone.isBlank()) {
            return Response.seeOther(URI.create(target)).cookie(forget(ReaderTime.COOKIE), forget(ReaderTime.PINNED_COOKIE)).build();
        }
        Optional<ZoneId> chosen = ReaderTime.zoneNamed(zone);
        if (chosen.isEmpty()) {
            String typed = zone.length() > LONGEST_SHOWN ? zone.substring(0, LONGEST_SHOWN) + "…" : zone;
            String error = "There is no time zone called “" + typed + "”. Pick one from the list, such as Europe/Berlin, or Automatic.";
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.timeZone(form(zone, back, error))).build();
        }
        return Response.seeOther(URI.create(target))
                .cookie(remember(ReaderTime.COOKIE, chosen.get().getId()), remember(ReaderTime.PINNED_COOKIE, "1")).build();
    }

    private ZoneForm form(String selected, String back, String error) {
        return new ZoneForm(TimeZones.choices(clock.instant()), selected, readerTime.zoneName(), clock.getZone().getId(),
                SignInTarget.safe(back), error);
    }

    // Readable by the page's script, which keeps a detected zone up to date unless the reader pinned one.
    private static NewCookie remember(String name, String value) {
        return new NewCookie.Builder(name).value(value).path("/").sameSite(NewCookie.SameSite.LAX).maxAge(REMEMBERED_SECONDS).build();
    }

    private static NewCookie forget(String name) {
        return new NewCookie.Builder(name).value("").path("/").sameSite(NewCookie.SameSite.LAX).maxAge(0).build();
    }
}
