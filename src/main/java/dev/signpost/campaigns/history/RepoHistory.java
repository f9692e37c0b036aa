package dev.signpost.campaigns.history;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * The main line of a repository's history: the commits reached from its head by first parents (a merged branch counts
 * from its merge, as the branch people build from saw it), newest first, with their commit times. Answers which commit
 * was the head at a moment: the newest one committed before it.
 */
public final class RepoHistory {

    /** A commit on the main line. */
    public record Entry(ObjectId commit, Instant time) {
    }

    private final List<Entry> newestFirst;

    private RepoHistory(List<Entry> newestFirst) {
        this.newestFirst = newestFirst;
    }

    /** Reads the main line back from {@code head}, at most {@code limit} commits (older ones are treated as absent). */
    public static RepoHistory read(Repository repo, ObjectId head, int limit) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repo)) {
            walk.setFirstParent(true);
            walk.markStart(walk.parseCommit(head));
            for (RevCommit commit : walk) {
                entries.add(new Entry(commit.copy(), Instant.ofEpochSecond(commit.getCommitTime())));
                if (entries.size() >= limit) {
                    break;
                }
            }
        }
        return new RepoHistory(List.copyOf(entries));
    }

    /** The head at {@code moment}: the newest main-line commit made before it; empty when the repository had none yet. */
    public Optional<Entry> headBefore(Instant moment) {
        for (Entry entry : newestFirst) {
            if (entry.time().isBefore(moment)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    public Optional<Entry> head() {
        return newestFirst.isEmpty() ? Optional.empty() : Optional.of(newestFirst.get(0));
    }

    public int size() {
        return newestFirst.size();
    }
}
