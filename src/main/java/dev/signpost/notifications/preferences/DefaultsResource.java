package dev.signpost.notifications.preferences;

import dev.signpost.notifications.Preferences;
import dev.signpost.security.CurrentUser;
import dev.signpost.security.Roles;
import dev.signpost.web.Flash;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/**
 * {@code /admin/notifications/defaults}: the cadence each kind of notification has for everyone who has not chosen
 * their own; an admin changes it (audited, PRG; a refused value answers 400 with the form as posted).
 */
@Path("/admin/notifications/defaults")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class DefaultsResource {

    static final String SAVED = "notification-defaults-saved";

    @CheckedTemplate(basePath = "notifications")
    static class Templates {
        static native TemplateInstance defaults(List<CadenceForm.Row> rows, List<String> problems, boolean saved);
    }

    @Inject
    Preferences preferences;
    @Inject
    CurrentUser currentUser;
    @Inject
    Flash flash;

    @GET
    public TemplateInstance page() {
        return Templates.defaults(CadenceForm.rows(preferences.defaults()), List.of(), flash.value().filter(SAVED::equals).isPresent());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(MultivaluedMap<String, String> form) {
        CadenceForm posted = CadenceForm.read(form, preferences.defaults());
        if (!posted.valid()) {
            return Response.status(400).entity(Templates.defaults(posted.rows(), posted.problems(), false)).build();
        }
        preferences.setDefaults(posted.chosen(), currentUser.username());
        return Response.seeOther(URI.create("/admin/notifications/defaults")).cookie(Flash.of(SAVED)).build();
    }
}
