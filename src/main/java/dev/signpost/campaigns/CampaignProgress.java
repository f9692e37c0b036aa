package dev.signpost.campaigns;

import dev.signpost.campaigns.checks.CampaignCheck;
import dev.signpost.campaigns.checks.Outcome;
import dev.signpost.campaigns.history.Burndown;
import dev.signpost.campaigns.history.RepoResult;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Where one campaign stands: its burn-down and each repository's current result. */
public record CampaignProgress(Campaign campaign, Burndown burndown, List<RepoStatus> repositories) {

    /**
     * One repository now: its latest result (empty until a fetch succeeded), and when its result went stale (the latest
     * fetch failed: the result shown is the last one known) with the reason.
     */
    public record RepoStatus(Repository repository, Optional<RepoResult> result, Instant unknownSince, String failure) {

        public boolean known() {
            return result.isPresent();
        }

        public boolean done() {
            return result.map(RepoResult::done).orElse(false);
        }

        public boolean stale() {
            return unknownSince != null;
        }

        /** The outcome of the check at {@code index} of the campaign, when known. */
        public Optional<Outcome> outcome(int index) {
            return result.map(r -> r.outcomes().get(index));
        }
    }

    /** A team's share: its repositories with a known result, those done, and its checks that fail most. */
    public record TeamRow(String team, int total, int done, List<String> failingChecks) {
        public int percent() {
            return total == 0 ? 0 : done * 100 / total;
        }
    }

    /** Repositories with a known result. */
    public int total() {
        return (int) repositories.stream().filter(RepoStatus::known).count();
    }

    public int done() {
        return (int) repositories.stream().filter(RepoStatus::done).count();
    }

    public int percent() {
        return total() == 0 ? 0 : done() * 100 / total();
    }

    /** Repositories whose result is not known now (never fetched, or the latest fetch failed). */
    public int unknown() {
        return (int) repositories.stream().filter(r -> !r.known() || r.stale()).count();
    }

    public Burndown.Outlook outlook() {
        return burndown.outlook(campaign.target());
    }

    public Optional<LocalDate> projectedDone() {
        return burndown.projectedDone();
    }

    /** Per team, by team name: done/total and the titles of its most failed checks (at most three). */
    public List<TeamRow> teams() {
        Map<String, List<RepoStatus>> byTeam = new TreeMap<>();
        for (RepoStatus status : repositories) {
            if (status.known()) {
                byTeam.computeIfAbsent(status.repository().owner(), t -> new ArrayList<>()).add(status);
            }
        }
        List<TeamRow> rows = new ArrayList<>();
        byTeam.forEach((team, statuses) -> rows.add(new TeamRow(team, statuses.size(), (int) statuses.stream().filter(RepoStatus::done).count(),
                failing(statuses, 3))));
        return rows;
    }

    /** How many known repositories fail each check, in the campaign's order. */
    public Map<CampaignCheck, Integer> failuresByCheck() {
        return failures(repositories);
    }

    private Map<CampaignCheck, Integer> failures(List<RepoStatus> statuses) {
        Map<CampaignCheck, Integer> counts = new LinkedHashMap<>();
        List<CampaignCheck> checks = campaign.checks();
        for (int i = 0; i < checks.size(); i++) {
            int index = i;
            counts.put(checks.get(i), (int) statuses.stream().filter(r -> r.outcome(index).map(o -> !o.passed()).orElse(false)).count());
        }
        return counts;
    }

    private List<String> failing(List<RepoStatus> statuses, int limit) {
        return failures(statuses).entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<CampaignCheck, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(limit).map(e -> e.getKey().title()).toList();
    }
}
