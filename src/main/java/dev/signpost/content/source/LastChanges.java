package dev.signpost.content.source;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * The newest change of each file of one git source, kept across fetches and restarts: read from its file next to the
 * mirror, advanced by the commits each fetch brings, walked anew when that is not possible (the first time, a
 * force-push, another folder), and written back off the refresh path.
 */
final class LastChanges {

    private static final Logger LOG = Logger.getLogger(LastChanges.class);

    private final Repository repo;
    private final Path file;
    private final Executor writer;
    private volatile FileHistory current;

    LastChanges(Repository repo, Path file, Executor writer) {
        this.repo = repo;
        this.file = file;
        this.writer = writer;
    }

    FileHistory current() {
        return current;
    }

    /**
     * The history at {@code commit} if it can be had cheaply (from the file, or advanced from the one known), else null:
     * then {@link #walk} it when the pages are served.
     */
    FileHistory at(RevCommit commit, String folder) throws IOException {
        FileHistory known = current;
        if (known == null || !known.folder().equals(folder)) {
            known = FileHistoryFile.read(file).filter(h -> h.folder().equals(folder)).orElse(null);
        }
        if (known != null && known.canAdvanceTo(repo, commit)) {
            FileHistory next = known.advance(repo, commit);
            current = next;
            if (next != known) {
                saveLater(next);
            }
            return next;
        }
        current = null;
        return null;
    }

    /** Walks the history from {@code head} for {@code wanted} (repository paths) and keeps it. */
    FileHistory walk(ObjectId head, String folder, Set<String> wanted) throws IOException {
        FileHistory walked = FileHistory.compute(repo, head, folder, wanted);
        current = walked;
        saveLater(walked);
        return walked;
    }

    private void saveLater(FileHistory toSave) {
        writer.execute(() -> {
            synchronized (file) {
                try {
                    if (toSave == current) {
                        FileHistoryFile.write(file, toSave);
                    }
                } catch (IOException e) {
                    LOG.debugf("The history file %s could not be written: %s", file, e.getMessage());
                }
            }
        });
    }
}
