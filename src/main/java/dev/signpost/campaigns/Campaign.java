package dev.signpost.campaigns;

import dev.signpost.campaigns.checks.CampaignCheck;
import dev.signpost.content.Document;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A campaign as its content file defines it: which tool the organisation moves off and to, since when and by when,
 * which repositories count, and the checks a repository must pass to be done. The file's body is its guidance page.
 *
 * @param version  a fingerprint of everything that decides a repository's result (the checks), so results computed
 *                 for one version are never reused for another
 * @param weeks    how many weeks of history the burn-down shows at most
 * @param scope    which repositories of the inventory count (empty sets: every one)
 */
public record Campaign(String slug, Document doc, String owner, String sig, String fromTool, String toTool, String fromTitle,
        String toTitle, LocalDate start,
        LocalDate target, String roadmapItem, int weeks, Scope scope, List<CampaignCheck> checks, String version) {

    /** Which repositories a campaign looks at: by tag, lifecycle and owner team (each empty for any). */
    public record Scope(Set<String> tags, Set<String> lifecycles, Set<String> owners) {

        public static final Scope ALL = new Scope(Set.of(), Set.of(), Set.of());

        public boolean includes(Repository repository) {
            return (tags.isEmpty() || repository.tags().stream().anyMatch(tags::contains))
                    && (lifecycles.isEmpty() || lifecycles.contains(repository.lifecycle()))
                    && (owners.isEmpty() || owners.contains(repository.owner()));
        }
    }

    public String title() {
        return doc.title();
    }

    public String url() {
        return "/campaigns/" + slug;
    }

    /** The checks a repository must pass to be done. */
    public List<CampaignCheck> required() {
        return checks.stream().filter(CampaignCheck::required).toList();
    }
}
