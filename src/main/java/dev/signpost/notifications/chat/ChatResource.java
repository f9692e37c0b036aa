package dev.signpost.notifications.chat;

import dev.signpost.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /admin/notifications/chat}: the SIGs' webhooks and the latest chat messages as posted (or kept), for admins. */
@Path("/admin/notifications/chat")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class ChatResource {

    @CheckedTemplate(basePath = "notifications")
    static class Templates {
        static native TemplateInstance chat(ChatMessages.View chat);
    }

    @Inject
    ChatMessages messages;

    @GET
    public TemplateInstance page() {
        return Templates.chat(messages.view());
    }
}
