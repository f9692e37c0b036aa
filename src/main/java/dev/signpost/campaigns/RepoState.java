package dev.signpost.campaigns;

import dev.signpost.campaigns.history.RepoHistory;
import java.time.Instant;

/**
 * What is known of one repository: its main line as last fetched (null until a fetch succeeded), when that was, and
 * the current failure and since when (both null while fetches succeed).
 */
record RepoState(Repository repository, RepoHistory history, Instant fetchedAt, String failure, Instant failingSince) {

    static RepoState unknown(Repository repository) {
        return new RepoState(repository, null, null, null, null);
    }

    RepoState fetched(RepoHistory history, Instant at) {
        return new RepoState(repository, history, at, null, null);
    }

    RepoState failed(String reason, Instant at) {
        return new RepoState(repository, history, fetchedAt, reason, failingSince == null ? at : failingSince);
    }

    /** Whether its last result is stale: the latest fetch failed, or none ever succeeded. */
    boolean unknownNow() {
        return failure != null || history == null;
    }
}
