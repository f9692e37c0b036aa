package dev.signpost.admin;

import dev.signpost.content.ContentChecks;
import dev.signpost.content.ContentProblem;
import dev.signpost.content.ContentSnapshot;
import dev.signpost.content.ContentStore;
import dev.signpost.audit.AuditLog;
import dev.signpost.content.source.ContentSources;
import dev.signpost.sources.SourceRefreshes;
import dev.signpost.security.Roles;
import dev.signpost.web.Flash;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import io.quarkus.qute.CheckedTemplate;
import jakarta.annotation.security.RolesAllowed;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code /admin/content}: the content sources (what each serves, its last success and failure, a refresh button), every
 * content problem with file and line, broken links, and the last successful load.
 */
@Path("/admin/content")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class ContentHealthResource {

    static final String REFRESH_ASKED = "source-refresh-asked";

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance content(ContentSnapshot snapshot, List<ContentProblem> problems, List<SourceRow> sources,
                boolean refreshAsked);
    }

    @Inject
    ContentStore store;
    @Inject
    ContentSources sources;
    @Inject
    Instance<ContentChecks> checks;
    @Inject
    Flash flash;
    @Inject
    AuditLog audit;
    @Inject
    SourceRefreshes refreshes;

    @GET
    public TemplateInstance content() {
        ContentSnapshot snapshot = store.snapshot();
        List<ContentProblem> problems = new ArrayList<>(snapshot.allProblems());
        checks.forEach(check -> problems.addAll(check.problems()));
        problems.sort(Comparator.comparing(ContentProblem::path).thenComparingInt(ContentProblem::line));
        List<SourceRow> rows = sources.statuses().stream().map(s -> SourceRow.of(s)).toList();
        return Templates.content(snapshot, problems, rows, flash.value().filter(REFRESH_ASKED::equals).isPresent());
    }

    @POST
    @Path("sources/{name}/refresh")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response refresh(@RestPath String name) {
        if (!refreshes.refresh(name, "an admin's refresh button")) {
            throw new NotFoundException();
        }
        audit.record("source.refresh", "source", name, "from /admin/content");
        return Response.seeOther(URI.create("/admin/content#sources")).cookie(Flash.of(REFRESH_ASKED)).build();
    }
}
