package dev.signpost.content.source;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The git history of the local content folder when it lies in a git working tree (a clone people run
 * {@code ./mvnw quarkus:dev} in): a file whose bytes are what HEAD has was last changed by the commit the history
 * names; a file edited since (or never committed) was last changed when the file system says.
 */
final class LocalHistory implements AutoCloseable {

    private final Repository repo;
    private final String folder;
    private ObjectId head;
    private GitTree tree;
    private FileHistory history;

    private LocalHistory(Repository repo, String folder) {
        this.repo = repo;
        this.folder = folder;
    }

    /** The history of the working tree that holds {@code folder}, if it is in one. */
    static Optional<LocalHistory> of(Path folder) {
        try {
            Path real = folder.toRealPath();
            FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(real.toFile());
            if (builder.getGitDir() == null) {
                return Optional.empty();
            }
            Repository repo = builder.setMustExist(true).build();
            if (repo.isBare() || repo.resolve(Constants.HEAD) == null) {
                repo.close();
                return Optional.empty();
            }
            Path work = repo.getWorkTree().toPath().toRealPath();
            String inside = work.relativize(real).toString().replace('\\', '/');
            return Optional.of(new LocalHistory(repo, inside));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Catches up when HEAD moved (a pull, a commit): the tree of HEAD, and the history advanced or walked again. */
    synchronized void update() throws IOException {
        ObjectId now = repo.resolve(Constants.HEAD);
        if (now == null || now.equals(head)) {
            return;
        }
        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit commit = walk.parseCommit(now);
            tree = GitTree.read(repo, commit.getTree(), folder);
            if (history != null && history.canAdvanceTo(repo, now)) {
                history = history.advance(repo, now);
            } else {
                Set<String> wanted = new HashSet<>();
                tree.files().keySet().forEach(p -> wanted.add(tree.repoPath(p)));
                history = FileHistory.compute(repo, now, folder, wanted);
            }
            head = now;
        }
    }

    /** The blob id git gives these bytes. */
    static ObjectId blobId(byte[] bytes) {
        return new ObjectInserter.Formatter().idFor(Constants.OBJ_BLOB, bytes);
    }

    /** The newest commit that changed the file at {@code path} (inside the folder), if its blob is HEAD's. */
    synchronized Optional<FileHistory.Change> lastChange(String path, ObjectId blob) {
        if (tree == null || blob == null) {
            return Optional.empty();
        }
        ObjectId committed = tree.files().get(path);
        if (committed == null || !committed.equals(blob)) {
            return Optional.empty();
        }
        return Optional.ofNullable(history.of(tree.repoPath(path)));
    }

    /** The file's path in the repository. */
    String repoPath(String path) {
        return folder.isEmpty() ? path : folder + "/" + path;
    }

    @Override
    public synchronized void close() {
        repo.close();
    }
}
