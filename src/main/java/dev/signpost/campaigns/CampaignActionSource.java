package dev.signpost.campaigns;

import dev.signpost.actions.ActionItemSource;
import dev.signpost.actions.ActionSource;
import dev.signpost.actions.ActionSources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A team's repositories in a campaign as a source of action items: the reference is {@code campaign/team}. A new item
 * lists the team's repositories that are not done and the checks each fails, takes the campaign's SIG, and links back
 * to the campaign page filtered to the team; the item page then says how many of them are still not done, or that all
 * of them pass now.
 */
@ApplicationScoped
public class CampaignActionSource implements ActionItemSource {

    @Inject
    CampaignCatalog catalog;
    @Inject
    CampaignTracker tracker;

    /** The reference of a team's repositories in a campaign. */
    public static String ref(String campaign, String team) {
        return campaign + "/" + team;
    }

    @Override
    public ActionSource kind() {
        return ActionSource.CAMPAIGN;
    }

    @Override
    public Optional<ActionSources.Link> find(String ref) {
        return resolve(ref).map(r -> new ActionSources.Link("the campaign", r.campaign().title() + " — " + r.team() + state(r), href(r)));
    }

    @Override
    public ActionSources.Link missing(String ref) {
        return new ActionSources.Link("the campaign", ref + " (no longer a campaign)", null);
    }

    @Override
    public Optional<Prefill> prefill(String ref) {
        return resolve(ref).map(r -> {
            List<CampaignProgress.RepoStatus> todo = notDone(r);
            StringBuilder details = new StringBuilder("For the campaign [").append(r.campaign().title().replace("]", "\\]")).append("](")
                    .append(href(r)).append("): ");
            if (todo.isEmpty()) {
                details.append("every repository of ").append(r.team()).append(" passes its required checks now.");
            } else {
                details.append(todo.size()).append(todo.size() == 1 ? " repository" : " repositories").append(" of ").append(r.team())
                        .append(" still to move:\n");
                for (CampaignProgress.RepoStatus row : todo) {
                    details.append("\n- ").append(row.repository().name()).append(": ").append(failing(r.campaign(), row));
                }
            }
            String title = r.team() + ": move " + (todo.size() == 1 ? "the last repository" : todo.size() + " repositories") + " off "
                    + r.campaign().fromTitle();
            return new Prefill(ref, title, details.toString(), r.campaign().sig(), r.team());
        });
    }

    private record Resolved(Campaign campaign, String team, CampaignProgress progress) {
    }

    private Optional<Resolved> resolve(String ref) {
        if (ref == null || ref.indexOf('/') <= 0) {
            return Optional.empty();
        }
        String slug = ref.substring(0, ref.indexOf('/'));
        String team = ref.substring(ref.indexOf('/') + 1);
        Optional<Campaign> campaign = catalog.campaigns().campaign(slug);
        if (campaign.isEmpty() || team.isBlank()) {
            return Optional.empty();
        }
        CampaignProgress progress = tracker.board().progress(slug).orElse(null);
        if (progress != null && progress.repositories().stream().noneMatch(r -> r.repository().owner().equals(team))) {
            return Optional.empty();
        }
        return Optional.of(new Resolved(campaign.get(), team, progress));
    }

    private static List<CampaignProgress.RepoStatus> notDone(Resolved r) {
        if (r.progress() == null) {
            return List.of();
        }
        return r.progress().repositories().stream().filter(s -> s.repository().owner().equals(r.team()) && s.known() && !s.done()).toList();
    }

    private static String state(Resolved r) {
        if (r.progress() == null) {
            return "";
        }
        int todo = notDone(r).size();
        return todo == 0 ? " (every repository passes now)" : " (" + todo + (todo == 1 ? " repository" : " repositories") + " not done yet)";
    }

    private static String failing(Campaign campaign, CampaignProgress.RepoStatus row) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < campaign.checks().size(); i++) {
            int index = i;
            if (campaign.checks().get(i).required() && row.outcome(index).map(o -> !o.passed()).orElse(false)) {
                text.append(text.isEmpty() ? "" : "; ").append(campaign.checks().get(i).title());
            }
        }
        return text.toString();
    }

    private static String href(Resolved r) {
        return r.campaign().url() + "?team=" + URLEncoder.encode(r.team(), StandardCharsets.UTF_8) + "&status=todo";
    }
}
