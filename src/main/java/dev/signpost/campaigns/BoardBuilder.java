package dev.signpost.campaigns;

import dev.signpost.campaigns.history.Burndown;
import dev.signpost.campaigns.history.Evaluator;
import dev.signpost.campaigns.history.RepoHistory;
import dev.signpost.campaigns.history.RepoResult;
import dev.signpost.campaigns.history.WeekPoints;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Computes the board from what is known of each repository: for every campaign, each repository in its scope at each
 * weekly point (the main line's head before it) and now, through the {@link Evaluator} so that nothing already computed
 * is computed again. A repository whose latest fetch failed counts with its last known result, marked stale; one never
 * fetched is listed without a result and counted nowhere.
 */
final class BoardBuilder {

    private static final Logger LOG = Logger.getLogger(BoardBuilder.class);

    /** Opens a repository's mirror for reading. */
    interface Mirrors {
        org.eclipse.jgit.lib.Repository open(Repository repository) throws IOException;
    }

    private final Evaluator evaluator;
    private final Mirrors mirrors;

    BoardBuilder(Evaluator evaluator, Mirrors mirrors) {
        this.evaluator = evaluator;
        this.mirrors = mirrors;
    }

    Board build(Campaigns campaigns, Map<String, RepoState> states, LocalDate today, Instant now) {
        List<Campaign> all = campaigns.all();
        Map<String, List<WeekPoints.Point>> points = new HashMap<>();
        Map<String, List<List<Optional<RepoResult>>>> series = new HashMap<>();
        Map<String, List<CampaignProgress.RepoStatus>> statuses = new HashMap<>();
        for (Campaign campaign : all) {
            points.put(campaign.slug(), WeekPoints.of(campaign.start(), campaign.weeks(), today));
            series.put(campaign.slug(), new ArrayList<>());
            statuses.put(campaign.slug(), new ArrayList<>());
        }
        for (Repository repository : campaigns.repositories()) {
            List<Campaign> mine = all.stream().filter(c -> c.scope().includes(repository)).toList();
            if (mine.isEmpty()) {
                continue;
            }
            RepoState state = states.getOrDefault(repository.name(), RepoState.unknown(repository));
            Map<String, List<Optional<RepoResult>>> results = state.history() == null ? Map.of() : evaluate(repository, state.history(), mine, points);
            for (Campaign campaign : mine) {
                List<Optional<RepoResult>> mineSeries = results.get(campaign.slug());
                Optional<RepoResult> current = mineSeries == null ? Optional.empty() : mineSeries.get(mineSeries.size() - 1);
                if (mineSeries != null) {
                    series.get(campaign.slug()).add(mineSeries);
                }
                Instant unknownSince = state.history() == null ? null : state.failingSince();
                statuses.get(campaign.slug()).add(new CampaignProgress.RepoStatus(repository, current, unknownSince,
                        state.failure() == null ? "" : state.failure()));
            }
        }
        Map<String, CampaignProgress> bySlug = new LinkedHashMap<>();
        for (Campaign campaign : all) {
            Burndown burndown = Burndown.of(points.get(campaign.slug()), series.get(campaign.slug()));
            bySlug.put(campaign.slug(), new CampaignProgress(campaign, burndown, List.copyOf(statuses.get(campaign.slug()))));
        }
        return new Board(java.util.Collections.unmodifiableMap(bySlug), List.copyOf(bySlug.values()), now, true);
    }

    private Map<String, List<Optional<RepoResult>>> evaluate(Repository repository, RepoHistory history, List<Campaign> campaigns,
            Map<String, List<WeekPoints.Point>> points) {
        Map<String, List<Optional<RepoResult>>> out = new HashMap<>();
        try (org.eclipse.jgit.lib.Repository git = mirrors.open(repository)) {
            for (Campaign campaign : campaigns) {
                Evaluator.CheckSet set = new Evaluator.CheckSet(campaign.version(), campaign.checks());
                List<Optional<RepoResult>> results = new ArrayList<>();
                for (WeekPoints.Point point : points.get(campaign.slug())) {
                    Optional<RepoHistory.Entry> head = point.today() ? history.head() : history.headBefore(point.before());
                    results.add(head.isEmpty() ? Optional.empty()
                            : Optional.of(evaluator.evaluate(repository.name(), git, head.get().commit(), List.of(set)).get(0)));
                }
                out.put(campaign.slug(), results);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Campaigns: the repository %s could not be evaluated: %s", repository.name(), e.toString());
            return Map.of();
        }
        return out;
    }
}
