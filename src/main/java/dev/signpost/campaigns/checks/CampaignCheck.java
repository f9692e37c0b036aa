package dev.signpost.campaigns.checks;

/**
 * One check of a campaign: its id (unique in the campaign, used in URLs and filters), title, whether a repository must
 * pass it to count as done, the page that explains how to fix it (a portal path or an external URL, or empty), and the
 * rule it tests.
 */
public record CampaignCheck(String id, String title, boolean required, String fix, Rule rule) {

    public Outcome test(RepoFiles files) {
        return rule.test(files);
    }
}
