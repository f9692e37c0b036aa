package dev.signpost.campaigns;

import dev.signpost.security.CurrentUser;
import dev.signpost.web.Csv;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** {@code /campaigns}: every campaign's progress; one campaign's burn-down, teams and repositories, and its CSV. */
@Path("/campaigns")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class CampaignsResource {

    /** The list: each campaign with its progress (null until the first evaluation). */
    public record ListView(List<Row> rows, boolean ready, LocalDate today) {
    }

    /** One campaign on the list. */
    public record Row(Campaign campaign, CampaignProgress progress) {
    }

    /** One campaign's page. */
    public record PageView(Campaign campaign, CampaignProgress progress, boolean ready, String chart, String chartText,
            Map<dev.signpost.campaigns.checks.CampaignCheck, Integer> failures, List<CampaignProgress.RepoStatus> rows, RepoFilter filter,
            List<String> problems, List<String> teams, Set<String> myTeams, LocalDate today) {

        public String status(CampaignProgress.RepoStatus row) {
            return RepoFilter.statusOf(row);
        }

        /** The outcome of the check at {@code index} for the row, or null when not known. */
        public dev.signpost.campaigns.checks.Outcome outcome(CampaignProgress.RepoStatus row, int index) {
            return row.outcome(index).orElse(null);
        }

        /** The file a failing check names, on the git server, or empty. */
        public String fileUrl(CampaignProgress.RepoStatus row, dev.signpost.campaigns.checks.Outcome outcome) {
            return row.repository().fileUrl(outcome.path(), row.result().map(r -> r.commit()).orElse(null));
        }

        /** The reference of an action item for a team's repositories in this campaign. */
        public String actionRef(String team) {
            return CampaignActionSource.ref(campaign.slug(), team);
        }

        /** The day the last repository is done at the recent pace, or null. */
        public LocalDate projected() {
            return progress == null ? null : progress.projectedDone().orElse(null);
        }

        public String query(String key, String value) {
            return filter.with(key, value);
        }

        public String csvHref() {
            return campaign.url() + "/repositories.csv" + filter.with("", null);
        }
    }

    @CheckedTemplate(basePath = "campaigns")
    static class Templates {
        static native TemplateInstance list(ListView view);

        static native TemplateInstance campaign(PageView view);
    }

    @Inject
    CampaignCatalog catalog;
    @Inject
    CampaignTracker tracker;
    @Inject
    CurrentUser currentUser;
    @Inject
    Clock clock;

    @GET
    public TemplateInstance list() {
        Board board = tracker.board();
        List<Row> rows = catalog.campaigns().all().stream().map(c -> new Row(c, board.progress(c.slug()).orElse(null))).toList();
        return Templates.list(new ListView(rows, board.ready(), LocalDate.now(clock)));
    }

    @GET
    @Path("{slug}")
    public Response campaign(@RestPath String slug, @RestQuery String team, @RestQuery String check, @RestQuery String status) {
        Campaign campaign = catalog.campaigns().campaign(slug).orElseThrow(NotFoundException::new);
        Optional<CampaignProgress> progress = tracker.board().progress(slug);
        List<String> problems = new ArrayList<>();
        Set<String> mine = currentUser.signedIn() ? currentUser.teams() : Set.of();
        if (progress.isEmpty()) {
            RepoFilter.status(status, problems);
            PageView view = new PageView(campaign, null, false, "", "", Map.of(), List.of(), new RepoFilter(null, null, null), problems,
                    List.of(), mine, LocalDate.now(clock));
            return Response.status(problems.isEmpty() ? 200 : 400).entity(Templates.campaign(view)).build();
        }
        CampaignProgress p = progress.get();
        RepoFilter filter = RepoFilter.of(team, check, status, p, problems);
        List<String> teams = p.repositories().stream().map(r -> r.repository().owner()).distinct().sorted().toList();
        boolean hasPoints = !p.burndown().weeks().isEmpty();
        PageView view = new PageView(campaign, p, true, hasPoints ? BurndownChart.svg(p) : "", hasPoints ? BurndownChart.describe(p) : "",
                p.failuresByCheck(), filter.apply(p, mine), filter, problems, teams, mine, LocalDate.now(clock));
        return Response.status(problems.isEmpty() ? 200 : 400).entity(Templates.campaign(view)).build();
    }

    @GET
    @Path("{slug}/repositories.csv")
    @Produces("text/csv;charset=UTF-8")
    public Response csv(@RestPath String slug, @RestQuery String team, @RestQuery String check, @RestQuery String status) {
        Campaign campaign = catalog.campaigns().campaign(slug).orElseThrow(NotFoundException::new);
        CampaignProgress progress = tracker.board().progress(slug).orElse(null);
        if (progress == null) {
            return Response.status(503).header("Retry-After", "5").type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                    .entity("The repositories are still being fetched; try again in a moment.\n").build();
        }
        List<String> problems = new ArrayList<>();
        RepoFilter filter = RepoFilter.of(team, check, status, progress, problems);
        if (!problems.isEmpty()) {
            return Response.status(400).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).entity(String.join("\n", problems) + "\n").build();
        }
        List<String> header = new ArrayList<>(List.of("repository", "owner", "lifecycle", "status", "commit", "unknown_since"));
        campaign.checks().forEach(c -> header.add(c.id()));
        List<List<?>> rows = new ArrayList<>();
        for (CampaignProgress.RepoStatus row : filter.apply(progress, Set.of())) {
            List<Object> cells = new ArrayList<>(List.of(row.repository().name(), row.repository().owner(), row.repository().lifecycle(),
                    RepoFilter.statusOf(row), row.result().map(r -> r.commit()).orElse(""),
                    row.unknownSince() == null ? "" : row.unknownSince().toString()));
            for (int i = 0; i < campaign.checks().size(); i++) {
                cells.add(row.outcome(i).map(o -> o.passed() ? "pass" : "fail").orElse("unknown"));
            }
            rows.add(cells);
        }
        return Response.ok(Csv.of(header, rows))
                .header("Content-Disposition", "attachment; filename=\"" + slug + "-repositories-" + LocalDate.now(clock) + ".csv\"").build();
    }
}
