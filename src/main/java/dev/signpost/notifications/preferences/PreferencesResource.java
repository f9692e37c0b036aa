package dev.signpost.notifications.preferences;

import dev.signpost.notifications.Preferences;
import dev.signpost.notifications.follows.Follows;
import dev.signpost.people.Directory;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/**
 * {@code /notifications/preferences}: how the signed-in person wants each kind of notification (off, immediately,
 * daily digest), where their email goes, what they follow (each with "Stop following"), and saving a change (PRG; a refused value answers 400 with the form as posted).
 */
@Path("/notifications/preferences")
@Authenticated
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class PreferencesResource {

    static final String SAVED = "notification-preferences-saved";

    @CheckedTemplate(basePath = "notifications")
    static class Templates {
        static native TemplateInstance preferences(List<CadenceForm.Row> rows, String email, List<Follows.Followed> following,
                List<String> problems, String flash);
    }

    @Inject
    Preferences preferences;
    @Inject
    Directory directory;
    @Inject
    CurrentUser currentUser;
    @Inject
    Flash flash;
    @Inject
    Follows follows;

    @GET
    public TemplateInstance page() {
        return Templates.preferences(CadenceForm.rows(preferences.of(currentUser.username())), email(), following(), List.of(),
                flash.value().orElse(""));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(MultivaluedMap<String, String> form) {
        CadenceForm posted = CadenceForm.read(form, preferences.of(currentUser.username()));
        if (!posted.valid()) {
            return Response.status(400).entity(Templates.preferences(posted.rows(), email(), following(), posted.problems(), "")).build();
        }
        preferences.choose(currentUser.username(), posted.chosen());
        return Response.seeOther(URI.create("/notifications/preferences")).cookie(Flash.of(SAVED)).build();
    }

    private List<Follows.Followed> following() {
        return follows.of(currentUser.username());
    }

    private String email() {
        return directory.email(currentUser.username()).orElse("");
    }
}
