package dev.signpost.campaigns;

import dev.signpost.campaigns.checks.CampaignCheck;
import dev.signpost.campaigns.history.Burndown;
import dev.signpost.web.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** {@code /api/v1/campaigns}: campaigns, their burn-down series and their repositories as JSON. */
@Path("/api/v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignsApi {

    /** A campaign's definition and where it stands (progress null until the first evaluation). */
    public record CampaignJson(String slug, String title, String description, String url, String owner, String sig, String from,
            String to, LocalDate start, LocalDate target, String roadmapItem, List<CheckJson> checks, ProgressJson progress) {
    }

    public record CheckJson(String id, String title, boolean required, String fix, String rule, Integer failing) {
    }

    public record ProgressJson(int total, int done, int unknown, String outlook, LocalDate projectedDone, List<Burndown.Week> burndown) {
    }

    public record Listing(List<CampaignJson> campaigns) {
    }

    public record RepositoryJson(String name, String owner, String lifecycle, List<String> tags, String status, String commit,
            Instant unknownSince, List<OutcomeJson> checks) {
    }

    public record OutcomeJson(String check, Boolean passed, String path, String detail) {
    }

    public record Repositories(String campaign, int total, List<RepositoryJson> repositories) {
    }

    @Inject
    CampaignCatalog catalog;
    @Inject
    CampaignTracker tracker;

    @GET
    @Operation(summary = "The campaigns", description = "Every campaign with its checks and current progress (without the weekly series).")
    @APIResponse(responseCode = "200", description = "the campaigns, by title")
    public Listing list() {
        return new Listing(catalog.campaigns().all().stream().map(c -> json(c, false)).toList());
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One campaign", description = "The campaign with its checks, progress and burn-down: one point per week "
            + "(repositories that existed then, and those done), the last one today.")
    @APIResponse(responseCode = "200", description = "the campaign")
    @APIResponse(responseCode = "404", description = "no campaign with this slug")
    public Response campaign(@RestPath String slug) {
        return catalog.campaigns().campaign(slug).map(c -> Response.ok(json(c, true)).build())
                .orElseGet(() -> Problem.response(404, "Not found", "There is no campaign '" + slug + "'.").build());
    }

    @GET
    @Path("{slug}/repositories")
    @Operation(summary = "A campaign's repositories", description = "Each repository in the campaign's scope with its status "
            + "(done, todo or unknown) and every check's outcome, filtered like the campaign page.")
    @APIResponse(responseCode = "200", description = "the repositories")
    @APIResponse(responseCode = "400", description = "a team, check or status the campaign does not have")
    @APIResponse(responseCode = "404", description = "no campaign with this slug")
    @APIResponse(responseCode = "503", description = "the repositories are still being fetched after start-up")
    public Response repositories(@RestPath String slug, @Parameter(description = "an owner team") @RestQuery String team,
            @Parameter(description = "the id of a check that fails") @RestQuery String check,
            @Parameter(description = "done, todo or unknown") @RestQuery String status) {
        Campaign campaign = catalog.campaigns().campaign(slug).orElse(null);
        if (campaign == null) {
            return Problem.response(404, "Not found", "There is no campaign '" + slug + "'.").build();
        }
        CampaignProgress progress = tracker.board().progress(slug).orElse(null);
        if (progress == null) {
            return Problem.response(503, "Not ready", "The repositories are still being fetched; try again in a moment.")
                    .header("Retry-After", "5").build();
        }
        List<String> problems = new ArrayList<>();
        RepoFilter filter = RepoFilter.of(team, check, status, progress, problems);
        if (!problems.isEmpty()) {
            return Problem.response(400, "Bad filter", String.join(" ", problems)).build();
        }
        List<RepositoryJson> rows = filter.apply(progress, Set.of()).stream().map(r -> repository(campaign, r)).toList();
        return Response.ok(new Repositories(slug, rows.size(), rows)).build();
    }

    private CampaignJson json(Campaign c, boolean series) {
        CampaignProgress progress = tracker.board().progress(c.slug()).orElse(null);
        List<CheckJson> checks = new ArrayList<>();
        java.util.Map<CampaignCheck, Integer> failures = progress == null ? java.util.Map.of() : progress.failuresByCheck();
        for (CampaignCheck check : c.checks()) {
            Integer failing = failures.get(check);
            checks.add(new CheckJson(check.id(), check.title(), check.required(), check.fix(), check.rule().describe(), failing));
        }
        ProgressJson p = progress == null ? null : new ProgressJson(progress.total(), progress.done(), progress.unknown(),
                progress.outlook().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), progress.projectedDone().orElse(null),
                series ? progress.burndown().weeks() : null);
        return new CampaignJson(c.slug(), c.title(), c.doc().description(), c.url(), c.owner(), c.sig(), c.fromTool(), c.toTool(),
                c.start(), c.target(), c.roadmapItem(), checks, p);
    }

    private static RepositoryJson repository(Campaign campaign, CampaignProgress.RepoStatus row) {
        List<OutcomeJson> outcomes = new ArrayList<>();
        for (int i = 0; i < campaign.checks().size(); i++) {
            String id = campaign.checks().get(i).id();
            outcomes.add(row.outcome(i).map(o -> new OutcomeJson(id, o.passed(), o.path(), o.detail()))
                    .orElse(new OutcomeJson(id, null, null, null)));
        }
        return new RepositoryJson(row.repository().name(), row.repository().owner(), row.repository().lifecycle(), row.repository().tags(),
                RepoFilter.statusOf(row), row.result().map(r -> r.commit()).orElse(null), row.unknownSince(), outcomes);
    }
}
