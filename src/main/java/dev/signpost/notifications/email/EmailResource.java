package dev.signpost.notifications.email;

import dev.signpost.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /admin/notifications/email}: the latest emails as they were (or, with the mock mailer, would have been) sent. */
@Path("/admin/notifications/email")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class EmailResource {

    @CheckedTemplate(basePath = "notifications")
    static class Templates {
        static native TemplateInstance emails(EmailMessages.View email);
    }

    @Inject
    EmailMessages messages;

    @GET
    public TemplateInstance page() {
        return Templates.emails(messages.view());
    }
}
