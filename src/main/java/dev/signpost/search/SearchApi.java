package dev.signpost.search;

import dev.signpost.web.Problem;
import dev.signpost.web.QueryString;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestQuery;

/** {@code GET /api/v1/search}: the search page's results as JSON, for chat bots and other portals. */
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchApi {

    @Inject
    SearchService search;
    @Inject
    SearchMeters meters;

    @GET
    @Operation(summary = "Search every document of the portal",
            description = "Results with highlighted snippet parts, facet counts by type, tag and source, and paging. Words must all "
                    + "match; \"quotes\" match a phrase; the last word also matches as a prefix; a query that finds "
                    + "nothing is retried with its spelling corrected (corrected=true, searched=the correction).")
    @APIResponse(responseCode = "200", description = "one page of results, with the facets and the page count",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SearchResults.class)))
    @APIResponse(responseCode = "400", description = "no q, or only spaces")
    @APIResponse(responseCode = "503", description = "the index is still being built after a start; Retry-After says when to ask again")
    public Response search(@Parameter(description = "what to search for") @RestQuery String q,
            @Parameter(description = "only documents of this type, e.g. page") @RestQuery String type,
            @Parameter(description = "only documents with this tag") @RestQuery String tag,
            @Parameter(description = "only documents this owner owns") @RestQuery String owner,
            @Parameter(description = "only documents at or below this URL path, e.g. /docs/practices") @RestQuery String section,
            @Parameter(description = "only documents from this content source, e.g. handbook (see the sources facet)") @RestQuery String source,
            @Parameter(description = "page number, from 1") @RestQuery String page,
            @Parameter(description = "results per page, 1 to 50 (default 10)") @RestQuery String size) {
        SearchRequest request = new SearchRequest(q, type, tag, owner, section, QueryString.pageNumber(page),
                size != null && size.matches("\\d{1,2}") ? Integer.parseInt(size) : SearchRequest.DEFAULT_PAGE_SIZE, source);
        if (request.query().isEmpty()) {
            return Problem.response(400, "Missing query", "Add ?q= with the words to search for.").build();
        }
        if (!search.ready()) {
            return Problem.response(503, "Search not ready", "The search index is being built; try again in a few seconds.")
                    .header("Retry-After", "2").build();
        }
        SearchResults results = search.search(request);
        meters.searched(results);
        return Response.ok(results).build();
    }
}
