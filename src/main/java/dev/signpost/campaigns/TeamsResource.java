package dev.signpost.campaigns;

import dev.signpost.actions.ActionItem;
import dev.signpost.actions.ActionQueries;
import dev.signpost.actions.ActionSource;
import dev.signpost.actions.ActionStatus;
import dev.signpost.content.ContentStore;
import dev.signpost.content.Document;
import dev.signpost.database.DatabaseUnavailableException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestPath;

/**
 * {@code /teams/{team}}: the page a team lead bookmarks. The team's repositories in every campaign, its open action
 * items (owned by the team, or made for its repositories in a campaign), and the pages it owns that are due for review.
 */
@Path("/teams")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class TeamsResource {

    /** The team's share of one campaign. */
    public record CampaignShare(CampaignProgress progress, List<CampaignProgress.RepoStatus> repositories, long done) {
    }

    /** The page; {@code actions} is null when the database cannot be reached, and empty for someone not signed in. */
    public record TeamView(String team, List<CampaignShare> campaigns, List<ActionItem> actions, boolean signedIn,
            List<Document> dueForReview, LocalDate today) {

        public String status(CampaignProgress.RepoStatus row) {
            return RepoFilter.statusOf(row);
        }
    }

    @CheckedTemplate(basePath = "teams")
    static class Templates {
        static native TemplateInstance team(TeamView view);
    }

    @Inject
    CampaignTracker tracker;
    @Inject
    CampaignCatalog catalog;
    @Inject
    ContentStore store;
    @Inject
    ActionQueries actions;
    @Inject
    Clock clock;
    @Inject
    dev.signpost.security.CurrentUser currentUser;

    @GET
    @Path("{team}")
    public TemplateInstance team(@RestPath String team) {
        LocalDate today = LocalDate.now(clock);
        List<CampaignShare> shares = new ArrayList<>();
        for (CampaignProgress progress : tracker.board().ordered()) {
            List<CampaignProgress.RepoStatus> mine = progress.repositories().stream().filter(r -> r.repository().owner().equals(team))
                    .sorted(Comparator.comparing((CampaignProgress.RepoStatus r) -> r.done()).thenComparing(r -> r.repository().name())).toList();
            if (!mine.isEmpty()) {
                shares.add(new CampaignShare(progress, mine, mine.stream().filter(CampaignProgress.RepoStatus::done).count()));
            }
        }
        List<Document> owned = store.snapshot().byUrl().values().stream().filter(d -> team.equals(d.owner())).toList();
        boolean inInventory = catalog.campaigns().repositories().stream().anyMatch(r -> r.owner().equals(team));
        if (shares.isEmpty() && owned.isEmpty() && !inInventory) {
            throw new NotFoundException();
        }
        List<Document> due = owned.stream().filter(d -> d.freshness().isStale(today))
                .sorted(Comparator.comparing((Document d) -> d.freshness().due()).thenComparing(Document::title)).toList();
        return Templates.team(new TeamView(team, shares, currentUser.signedIn() ? open(team) : List.of(), currentUser.signedIn(), due, today));
    }

    private List<ActionItem> open(String team) {
        try {
            Map<Long, ActionItem> items = new LinkedHashMap<>();
            actions.openFor(team).forEach(i -> items.put(i.id, i));
            List<String> refs = catalog.campaigns().bySlug().keySet().stream().map(slug -> CampaignActionSource.ref(slug, team)).toList();
            if (!refs.isEmpty()) {
                actions.fromSources(ActionSource.CAMPAIGN, refs).stream().filter(i -> ActionStatus.unfinished().contains(i.status)).forEach(i -> items.putIfAbsent(i.id, i));
            }
            return List.copyOf(items.values());
        } catch (DatabaseUnavailableException | PersistenceException e) {
            return null;
        }
    }
}
