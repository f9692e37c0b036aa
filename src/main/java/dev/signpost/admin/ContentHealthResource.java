package dev.signpost.admin;

import dev.signpost.content.ContentChecks;
import dev.signpost.content.ContentConfig;
import dev.signpost.content.ContentProblem;
import dev.signpost.content.ContentSnapshot;
import dev.signpost.content.ContentStore;
import dev.signpost.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import jakarta.annotation.security.RolesAllowed;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** {@code /admin/content}: every content problem with file and line, broken links, and the last successful load. */
@Path("/admin/content")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class ContentHealthResource {

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance content(ContentSnapshot snapshot, List<ContentProblem> problems, String root);
    }

    @Inject
    ContentStore store;
    @Inject
    ContentConfig config;
    @Inject
    Instance<ContentChecks> checks;

    @GET
    public TemplateInstance content() {
        ContentSnapshot snapshot = store.snapshot();
        List<ContentProblem> problems = new ArrayList<>(snapshot.allProblems());
        checks.forEach(check -> problems.addAll(check.problems()));
        problems.sort(Comparator.comparing(ContentProblem::path).thenComparingInt(ContentProblem::line));
        return Templates.content(snapshot, problems, config.dir().toAbsolutePath().normalize().toString());
    }
}
