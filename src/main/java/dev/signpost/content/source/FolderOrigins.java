package dev.signpost.content.source;

import dev.signpost.content.ContentConfig;
import dev.signpost.content.ContentPaths;
import dev.signpost.content.LoadedFile;
import dev.signpost.content.Origin;
import org.eclipse.jgit.lib.ObjectId;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where each file of the local folder comes from: its last commit when the folder is in a git working tree and the file
 * is as committed, else its modification time; and whether a file is so young it may still be being written.
 */
final class FolderOrigins implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(FolderOrigins.class);

    private final String mount;
    private final Optional<LocalHistory> git;
    private final ContentConfig config;
    private final long settleMillis;
    /** Blob ids of the files read, by content path, until their origin is taken. */
    private final Map<String, ObjectId> blobs = new ConcurrentHashMap<>();

    FolderOrigins(String mount, Optional<LocalHistory> git, ContentConfig config) {
        this.mount = mount;
        this.git = git;
        this.config = config;
        this.settleMillis = config.watch().settle().toMillis();
    }

    /** Told the bytes of each Markdown file read (on a worker thread). */
    void read(String path, byte[] bytes) {
        if (git.isPresent()) {
            blobs.put(path, LocalHistory.blobId(bytes));
        }
    }

    /** Catches up with HEAD when it moved. */
    void update() {
        git.ifPresent(history -> {
            try {
                history.update();
            } catch (IOException | RuntimeException e) {
                LOG.debugf("The git history of the content folder could not be read: %s", e.getMessage());
            }
        });
    }

    Origin origin(LoadedFile file) {
        String relative = ContentPaths.unmounted(mount, file.path());
        ObjectId blob = blobs.remove(file.path());
        String edit = config.editUrl().map(t -> t.replace("{path}", OriginTemplates.encodePath(relative))).orElse(null);
        String history = config.historyUrl().map(t -> t.replace("{path}", OriginTemplates.encodePath(relative))).orElse(null);
        Optional<FileHistory.Change> change = git.flatMap(g -> g.lastChange(relative, blob));
        if (change.isPresent()) {
            return new Origin(Origin.LOCAL, relative, change.get().commit(), change.get().when(), change.get().author(), edit, history);
        }
        return new Origin(Origin.LOCAL, relative, null, file.stamp() == null ? null : file.stamp().lastModified(), null, edit, history);
    }

    /** Modified within the settle time: perhaps still being written, so it is read again shortly. */
    boolean stillBeingWritten(LoadedFile file) {
        if (file.stamp() == null) {
            return false;
        }
        long age = System.currentTimeMillis() - file.stamp().lastModified().toEpochMilli();
        return age >= 0 && age < settleMillis;
    }

    @Override
    public void close() {
        git.ifPresent(LocalHistory::close);
    }
}
