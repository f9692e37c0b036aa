package dev.signpost.admin;

import dev.signpost.audit.AuditLog;
import dev.signpost.audit.AuditPage;
import dev.signpost.security.Roles;
import dev.signpost.web.QueryString;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;

/** {@code /admin/audit}: the audit log, newest first, narrowed by actor and action. */
@Path("/admin/audit")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class AuditResource {

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance audit(AuditPage page, String actor, String action);
    }

    @Inject
    AuditLog auditLog;

    @GET
    public TemplateInstance audit(@RestQuery String actor, @RestQuery String action, @RestQuery String page) {
        String who = actor == null ? "" : actor.strip();
        String what = action == null ? "" : action.strip();
        return Templates.audit(auditLog.page(who, what, QueryString.pageNumber(page)), who, what);
    }
}
