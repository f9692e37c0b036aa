package dev.signpost.tools;

import dev.signpost.web.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** {@code /api/v1/tools}: the catalog as JSON, with the filters of the {@code /tools} page. */
@Path("/api/v1/tools")
@Produces(MediaType.APPLICATION_JSON)
public class ToolsApi {

    /** A tool as the API shows it. */
    public record ToolJson(String slug, int number, String title, String summary, String url, String ring, String category,
            String owner, List<String> tags, String homepage, String support, List<Tool.Link> docs, List<String> replaces,
            List<String> replacedBy, List<String> alternatives, List<History> history, LocalDate lastChanged,
            String movement, boolean stale) {
    }

    public record History(LocalDate date, String ring, String note) {
    }

    public record Listing(int total, List<String> categories, List<ToolJson> tools) {
    }

    @Inject
    ToolCatalog tools;

    @GET
    @Operation(summary = "The tool catalog", description = "Every tool in list order (ring from preferred to hold, then "
            + "category, then title), with the filters of /tools. movement is new, moved-in or moved-out when the ring "
            + "changed within the recent period (signpost.tools.recent-days).")
    @APIResponse(responseCode = "200", description = "the matching tools")
    @APIResponse(responseCode = "400", description = "an unknown ring or category, or a date that is not YYYY-MM-DD")
    public Response list(@Parameter(description = "preferred, supported, assess or hold") @RestQuery String ring,
            @Parameter(description = "a configured category, e.g. CI/CD") @RestQuery String category,
            @Parameter(description = "a tag") @RestQuery String tag,
            @Parameter(description = "the owning team") @RestQuery String owner,
            @Parameter(description = "only tools whose ring changed on or after this day, YYYY-MM-DD") @RestQuery String since,
            @Parameter(description = "text in the title, summary, tags, category or owner") @RestQuery String q) {
        Catalog catalog = tools.catalog();
        List<String> problems = new ArrayList<>();
        ToolFilter.Checked checked = new ToolFilter(null, ring, category, tag, owner, since, q).check(catalog.categories(), problems);
        if (!problems.isEmpty()) {
            return Problem.response(400, "Bad filter", String.join(" ", problems)).build();
        }
        List<ToolJson> found = catalog.tools().stream().filter(checked::matches).map(t -> json(catalog, t)).toList();
        return Response.ok(new Listing(found.size(), catalog.categories(), found)).build();
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One tool", description = "The tool with its history, what it replaces and what replaces it.")
    @APIResponse(responseCode = "200", description = "the tool")
    @APIResponse(responseCode = "404", description = "no tool with this slug")
    public Response tool(@RestPath String slug) {
        Catalog catalog = tools.catalog();
        return catalog.tool(slug).map(t -> Response.ok(json(catalog, t)).build())
                .orElseGet(() -> Problem.response(404, "Not found", "There is no tool '" + slug + "'.").build());
    }

    private ToolJson json(Catalog catalog, Tool t) {
        Movement movement = t.movedSince(tools.recentSince());
        return new ToolJson(t.slug(), catalog.number(t), t.title(), t.summary(), t.doc().url(),
                t.ring() == null ? null : t.ring().code(), t.category(), t.doc().owner().isBlank() ? null : t.doc().owner(),
                t.doc().tags(), t.homepage(), t.support(), t.docs(), t.replaces(),
                catalog.replacedBy(t).stream().map(Tool::slug).toList(), t.alternatives(),
                t.history().stream().map(h -> new History(h.date(), h.ring().code(), h.note())).toList(),
                t.lastChanged().orElse(null), movement.moved() ? movement.code() : null,
                t.doc().freshness().isStale(tools.today()));
    }
}
