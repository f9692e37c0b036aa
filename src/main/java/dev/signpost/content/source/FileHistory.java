package dev.signpost.content.source;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import java.io.IOException;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The newest commit that changed each file of a folder, as {@code git log -1 --full-history -- path} would name it: a
 * commit changed a file when its version differs from the file's version in every parent (so a merge that only takes
 * a branch's change credits the branch's commit). Computed once by walking the history until every wanted file is
 * found, then advanced by walking only the commits a fetch brought.
 *
 * @param head    the commit this history is of
 * @param folder  the folder ({@code ""} for the whole tree); paths are repository paths
 * @param changes the newest change of each file found
 */
record FileHistory(ObjectId head, String folder, Map<String, Change> changes) {

    /** A commit that changed a file: its id, its time, its author's name. */
    record Change(String commit, Instant when, String author) {
    }

    FileHistory {
        head = head.copy();
        changes = Collections.unmodifiableMap(changes);
    }

    /** Walks back from {@code head} until each of {@code wanted} (repository paths) has its newest change, or history ends. */
    static FileHistory compute(Repository repo, ObjectId head, String folder, Set<String> wanted) throws IOException {
        Map<String, Change> found = new HashMap<>();
        Set<String> missing = new HashSet<>(wanted);
        try (RevWalk walk = new RevWalk(repo)) {
            walk.sort(RevSort.COMMIT_TIME_DESC);
            walk.markStart(walk.parseCommit(head));
            visit(repo, walk, folder, found, missing, true);
        }
        return new FileHistory(head, folder, found);
    }

    /**
     * This history moved on to {@code next}: only the commits reachable from {@code next} and not from {@link #head}
     * are walked. Only valid when {@link #head} is an ancestor of {@code next} (a force-push needs {@link #compute}).
     */
    FileHistory advance(Repository repo, ObjectId next) throws IOException {
        if (next.equals(head)) {
            return this;
        }
        Map<String, Change> found = new HashMap<>();
        try (RevWalk walk = new RevWalk(repo)) {
            walk.sort(RevSort.COMMIT_TIME_DESC);
            walk.markStart(walk.parseCommit(next));
            walk.markUninteresting(walk.parseCommit(head));
            visit(repo, walk, folder, found, new HashSet<>(), false);
        }
        Map<String, Change> merged = new HashMap<>(changes);
        merged.putAll(found);
        return new FileHistory(next, folder, merged);
    }

    /** True when {@link #head} is {@code next} or an ancestor of it, so {@link #advance} applies. */
    boolean canAdvanceTo(Repository repo, ObjectId next) throws IOException {
        try (RevWalk walk = new RevWalk(repo)) {
            return walk.isMergedInto(walk.parseCommit(head), walk.parseCommit(next));
        }
    }

    /** Repository paths whose newest change differs from {@code before}'s (all of them when there was none). */
    Set<String> touchedSince(FileHistory before) {
        Set<String> touched = new HashSet<>();
        changes.forEach((path, change) -> {
            if (before == null || !change.equals(before.changes().get(path))) {
                touched.add(path);
            }
        });
        return touched;
    }

    Change of(String repoPath) {
        return changes.get(repoPath);
    }

    /**
     * Records, for each path not yet found, the first commit of the walk that changed it. With {@code stopWhenFound},
     * stops once {@code missing} is empty.
     */
    private static void visit(Repository repo, RevWalk walk, String folder, Map<String, Change> found, Set<String> missing,
            boolean stopWhenFound) throws IOException {
        if (stopWhenFound && missing.isEmpty()) {
            return;
        }
        try (ObjectReader reader = repo.newObjectReader()) {
            for (RevCommit commit : walk) {
                Change change = null;
                try (TreeWalk tree = new TreeWalk(repo, reader)) {
                    tree.addTree(commit.getTree());
                    for (RevCommit parent : commit.getParents()) {
                        tree.addTree(walk.parseCommit(parent).getTree());
                    }
                    tree.setRecursive(true);
                    TreeFilter diff = commit.getParentCount() == 0 ? TreeFilter.ALL : TreeFilter.ANY_DIFF;
                    tree.setFilter(folder.isEmpty() ? diff : AndTreeFilter.create(PathFilter.create(folder), diff));
                    while (tree.next()) {
                        String path = tree.getPathString();
                        if (found.containsKey(path) || stopWhenFound && !missing.contains(path)
                                || tree.getFileMode(0).getObjectType() != Constants.OBJ_BLOB || !differsFromEveryParent(tree)) {
                            continue;
                        }
                        if (change == null) {
                            change = change(commit);
                        }
                        found.put(path, change);
                        missing.remove(path);
                    }
                }
                if (stopWhenFound && missing.isEmpty()) {
                    return;
                }
            }
        }
    }

    private static boolean differsFromEveryParent(TreeWalk tree) {
        ObjectId mine = tree.getObjectId(0);
        for (int parent = 1; parent < tree.getTreeCount(); parent++) {
            if (mine.equals(tree.getObjectId(parent)) && tree.getRawMode(0) == tree.getRawMode(parent)) {
                return false;
            }
        }
        return true;
    }

    /** When the change landed (the commit time, which a rebase renews) and who wrote it (the author). */
    private static Change change(RevCommit commit) {
        PersonIdent author = commit.getAuthorIdent();
        return new Change(commit.getName(), Instant.ofEpochSecond(commit.getCommitTime()), author == null ? null : author.getName());
    }
}
