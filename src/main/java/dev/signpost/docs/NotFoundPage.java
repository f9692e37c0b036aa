package dev.signpost.docs;

import dev.signpost.content.ContentStore;
import dev.signpost.content.Document;
import dev.signpost.web.Problem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/** A real page for unknown paths, suggesting the closest pages by title; JSON for the API. */
public class NotFoundPage {

    @CheckedTemplate(basePath = "docs")
    static class Templates {
        static native TemplateInstance notFound(String path, List<Document> suggestions);
    }

    @Inject
    ContentStore store;

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        String path = uri.getPath();
        if (path.startsWith("/api/")) {
            return Problem.response(404, "Not found", "Nothing is published at " + path).build();
        }
        List<Document> suggestions = PageSuggestions.closest(path, store.snapshot().byUrl().values(), 5);
        return Response.status(404).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.notFound(path, suggestions).render()).build();
    }
}
