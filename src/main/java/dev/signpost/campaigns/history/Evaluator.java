package dev.signpost.campaigns.history;

import dev.signpost.campaigns.checks.CampaignCheck;
import dev.signpost.campaigns.checks.Outcome;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Runs campaigns' checks on a repository's commits, each (repository, commit, campaign version) once: the weekly
 * points of a burn-down mostly fall on the same few commits, a restart of evaluation after a push reuses every
 * earlier commit's result, and a new campaign version is a new key. A commit's tree is read once for all campaigns.
 */
public final class Evaluator {

    /** A campaign's checks and the version that names them. */
    public record CheckSet(String version, List<CampaignCheck> checks) {
    }

    private record Key(String repository, ObjectId commit, String version) {
    }

    private final Map<Key, RepoResult> results = new ConcurrentHashMap<>();
    private final int maxFileBytes;

    /** @param maxFileBytes how much of a file content checks read (a longer file is cut there) */
    public Evaluator(int maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    /** The result of each check set at {@code commit} of the repository named {@code name}, in the order given. */
    public List<RepoResult> evaluate(String name, Repository git, ObjectId commit, List<CheckSet> sets) throws IOException {
        List<RepoResult> out = new ArrayList<>(sets.size());
        ObjectId id = commit.copy();
        for (CheckSet set : sets) {
            out.add(results.get(new Key(name, id, set.version())));
        }
        if (!out.contains(null)) {
            return out;
        }
        try (ObjectReader reader = git.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            RevCommit parsed = walk.parseCommit(commit);
            GitFiles files = new GitFiles(reader, parsed.getTree(), maxFileBytes);
            for (int i = 0; i < sets.size(); i++) {
                if (out.get(i) == null) {
                    RepoResult result = run(parsed, files, sets.get(i));
                    results.put(new Key(name, id, sets.get(i).version()), result);
                    out.set(i, result);
                }
            }
        }
        return out;
    }

    /** Forgets the results of a repository that left the inventory. */
    public void forget(String name) {
        results.keySet().removeIf(k -> k.repository().equals(name));
    }

    public int size() {
        return results.size();
    }

    private static RepoResult run(RevCommit commit, GitFiles files, CheckSet set) {
        List<Outcome> outcomes = new ArrayList<>(set.checks().size());
        boolean done = true;
        for (CampaignCheck check : set.checks()) {
            Outcome outcome;
            try {
                outcome = check.test(files);
            } catch (RuntimeException e) {
                outcome = Outcome.fail("", "the repository could not be read (" + e.getClass().getSimpleName() + ")");
            }
            outcomes.add(outcome);
            done &= outcome.passed() || !check.required();
        }
        return new RepoResult(commit.getName(), java.time.Instant.ofEpochSecond(commit.getCommitTime()), List.copyOf(outcomes), done);
    }
}
