package dev.signpost.campaigns;

import dev.signpost.campaigns.checks.CampaignCheck;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The repository table's filters, as shareable query parameters: a team, a check that fails, and a status
 * ({@code done}, {@code todo}, {@code unknown}). A value the campaign does not have filters nothing and is reported.
 */
public record RepoFilter(String team, String check, String status) {

    static final List<String> STATUSES = List.of("done", "todo", "unknown");

    static RepoFilter of(String team, String check, String status, CampaignProgress progress, List<String> problems) {
        String t = blank(team);
        String c = blank(check);
        String wantedTeam = t;
        if (t != null && progress.repositories().stream().noneMatch(r -> r.repository().owner().equals(wantedTeam))) {
            problems.add("No repository in this campaign belongs to the team '" + t + "'.");
            t = null;
        }
        String wantedCheck = c;
        if (c != null && progress.campaign().checks().stream().noneMatch(k -> k.id().equals(wantedCheck))) {
            problems.add("This campaign has no check '" + c + "'.");
            c = null;
        }
        return new RepoFilter(t, c, status(status, problems));
    }

    /** The status when it is one of {@link #STATUSES}; otherwise null, and a problem when one was given. */
    static String status(String status, List<String> problems) {
        String s = blank(status);
        if (s != null && !STATUSES.contains(s)) {
            problems.add("The status '" + s + "' is not one of done, todo and unknown.");
            return null;
        }
        return s;
    }

    public boolean any() {
        return team != null || check != null || status != null;
    }

    /** The repositories that pass the filters, the viewer's teams first, then by team and name. */
    List<CampaignProgress.RepoStatus> apply(CampaignProgress progress, Set<String> myTeams) {
        List<CampaignCheck> checks = progress.campaign().checks();
        int checkIndex = check == null ? -1 : indexOf(checks, check);
        List<CampaignProgress.RepoStatus> rows = new ArrayList<>();
        for (CampaignProgress.RepoStatus row : progress.repositories()) {
            if (team != null && !row.repository().owner().equals(team)) {
                continue;
            }
            if (checkIndex >= 0 && !row.outcome(checkIndex).map(o -> !o.passed()).orElse(false)) {
                continue;
            }
            if (status != null && !status.equals(statusOf(row))) {
                continue;
            }
            rows.add(row);
        }
        rows.sort(Comparator.comparing((CampaignProgress.RepoStatus r) -> !myTeams.contains(r.repository().owner()))
                .thenComparing(r -> r.repository().owner()).thenComparing(r -> r.repository().name()));
        return rows;
    }

    static String statusOf(CampaignProgress.RepoStatus row) {
        if (!row.known() || row.stale()) {
            return "unknown";
        }
        return row.done() ? "done" : "todo";
    }

    /** The query string of these filters with one changed (for links), starting with '?' or empty. */
    public String with(String key, String value) {
        StringBuilder query = new StringBuilder();
        append(query, "team", key.equals("team") ? value : team);
        append(query, "check", key.equals("check") ? value : check);
        append(query, "status", key.equals("status") ? value : status);
        return query.toString();
    }

    private static void append(StringBuilder query, String key, String value) {
        if (value != null && !value.isEmpty()) {
            query.append(query.isEmpty() ? '?' : '&').append(key).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static int indexOf(List<CampaignCheck> checks, String id) {
        for (int i = 0; i < checks.size(); i++) {
            if (checks.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() || value.length() > 200 ? null : value.strip();
    }
}
