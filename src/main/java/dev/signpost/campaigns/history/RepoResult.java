package dev.signpost.campaigns.history;

import dev.signpost.campaigns.checks.Outcome;
import java.time.Instant;
import java.util.List;

/**
 * One repository's result for one campaign at one commit: an outcome per check, in the campaign's order, and whether
 * every required check passed.
 */
public record RepoResult(String commit, Instant committed, List<Outcome> outcomes, boolean done) {
}
