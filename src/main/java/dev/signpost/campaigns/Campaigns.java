package dev.signpost.campaigns;

import dev.signpost.content.ContentProblem;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The campaigns and the repository inventory of one content snapshot, with what is wrong in their files. A campaign
 * whose file became unusable keeps its last good version (and its problem is listed).
 */
public record Campaigns(Map<String, Campaign> bySlug, List<Repository> repositories, List<ContentProblem> problems) {

    public static final Campaigns NONE = new Campaigns(Map.of(), List.of(), List.of());

    public Optional<Campaign> campaign(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    /** The campaigns, by title. */
    public List<Campaign> all() {
        return bySlug.values().stream().sorted(java.util.Comparator.comparing(Campaign::title, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The repositories a campaign looks at. */
    public List<Repository> inScope(Campaign campaign) {
        return repositories.stream().filter(campaign.scope()::includes).toList();
    }
}
