package dev.signpost.search;

import dev.signpost.content.ContentStore;
import dev.signpost.content.Document;
import dev.signpost.web.QueryString;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/** {@code /search}: results with snippets, facets and pages; {@code /search/suggest}: titles for the header box. */
@Path("/search")
public class SearchResource {

    static final int SUGGESTIONS = 8;

    @CheckedTemplate(basePath = "search")
    static class Templates {
        static native TemplateInstance results(SearchPage page);

        static native TemplateInstance start(SearchRequest request, String sectionTitle);

        static native TemplateInstance notReady();
    }

    /** A title for the suggestion list. */
    public record Suggestion(String title, String url, String type) {
    }

    @Inject
    SearchService search;
    @Inject
    SearchMeters meters;
    @Inject
    ContentStore store;

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public TemplateInstance search(@RestQuery String q, @RestQuery String type, @RestQuery String tag, @RestQuery String owner,
            @RestQuery String section, @RestQuery String source, @RestQuery String page) {
        SearchRequest request = new SearchRequest(q, type, tag, owner, section, QueryString.pageNumber(page), SearchRequest.DEFAULT_PAGE_SIZE,
                source);
        String sectionTitle = sectionTitle(request.section());
        if (request.query().isEmpty()) {
            return Templates.start(request, sectionTitle);
        }
        SearchResults results = search.search(request);
        meters.searched(results);
        return Templates.results(new SearchPage(results, sectionTitle));
    }

    @GET
    @Path("suggest")
    @Produces(MediaType.APPLICATION_JSON)
    public List<Suggestion> suggest(@RestQuery String q) {
        SearchRequest request = new SearchRequest(q, null, null, null, null, 1, SUGGESTIONS);
        if (request.query().isEmpty() || !search.ready()) {
            return List.of();
        }
        return search.search(request).results().stream().map(r -> new Suggestion(r.title(), r.href(), r.typeLabel())).toList();
    }

    @ServerExceptionMapper
    public Response notReady(SearchNotReadyException e) {
        return Response.status(503).header("Retry-After", "2").type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.notReady().render()).build();
    }

    private String sectionTitle(String section) {
        if (section == null) {
            return null;
        }
        Document page = store.snapshot().byUrl().get(section);
        return page != null ? page.title() : section;
    }
}
