package dev.signpost.notifications.admin;

import dev.signpost.notifications.OutboxStatus;
import dev.signpost.security.Roles;
import dev.signpost.web.Flash;
import dev.signpost.web.QueryString;
import dev.signpost.web.Refusal;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.util.Optional;

/** {@code /admin/notifications}: the outbox's unsent messages for admins, with Retry and Discard (PRG). */
@Path("/admin/notifications")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class OutboxResource {

    static final String RETRIED = "outbox-retried";
    static final String DISCARDED = "outbox-discarded";

    @CheckedTemplate(basePath = "notifications")
    static class Templates {
        static native TemplateInstance outbox(OutboxPage outbox, String flash, boolean unknownStatus);
    }

    @Inject
    OutboxAdmin admin;
    @Inject
    Flash flash;

    @GET
    public Response page(@RestQuery String status, @RestQuery String page) {
        Optional<OutboxStatus> wanted = OutboxStatus.of(status).filter(OutboxStatus.unsent()::contains);
        boolean unknown = status != null && !status.isBlank() && wanted.isEmpty();
        TemplateInstance html = Templates.outbox(admin.page(wanted, QueryString.pageNumber(page)), flash.value().orElse(""), unknown);
        return Response.status(unknown ? 400 : 200).entity(html).build();
    }

    @POST
    @Path("/{id}/retry")
    public Response retry(@RestPath String id) {
        admin.retry(number(id));
        return Response.seeOther(URI.create("/admin/notifications")).cookie(Flash.of(RETRIED)).build();
    }

    @POST
    @Path("/{id}/discard")
    public Response discard(@RestPath String id) {
        admin.discard(number(id));
        return Response.seeOther(URI.create("/admin/notifications")).cookie(Flash.of(DISCARDED)).build();
    }

    private static long number(String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            throw new Refusal(404, "There is no notification with that number.");
        }
        return Long.parseLong(id);
    }
}
