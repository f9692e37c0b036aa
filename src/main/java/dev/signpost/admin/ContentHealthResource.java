package dev.signpost.admin;

import dev.signpost.content.ContentConfig;
import dev.signpost.content.ContentSnapshot;
import dev.signpost.content.ContentStore;
import dev.signpost.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import jakarta.annotation.security.RolesAllowed;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /admin/content}: every content problem with file and line, broken links, and the last successful load. */
@Path("/admin/content")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class ContentHealthResource {

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance content(ContentSnapshot snapshot, String root);
    }

    @Inject
    ContentStore store;
    @Inject
    ContentConfig config;

    @GET
    public TemplateInstance content() {
        return Templates.content(store.snapshot(), config.dir().toAbsolutePath().normalize().toString());
    }
}
