package dev.signpost.content.source;

import dev.signpost.content.ContentPaths;
import dev.signpost.content.Document;
import dev.signpost.content.DocumentReader;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;

/**
 * The {@code mkdocs.yml} at the top of a repository whose {@code docs_dir} is the folder a git source serves: it lies
 * outside that folder, so it is handed over beside the pages (at the source's mount) for the navigation to follow its
 * {@code nav} and {@code site_name}. Read again only when its blob changes. One per source; refreshes are serialised.
 */
final class RootMkdocs {

    static final String NAME = "mkdocs.yml";

    private ObjectId served;

    /** A full load hands it over again (or says it is gone). */
    void readAgain() {
        served = ObjectId.zeroId();
    }

    /**
     * The job reading the file when it applies to {@code folder} and changed since it was last handed over, else null;
     * its content path goes into {@code removed} when it no longer applies.
     */
    DocumentReader.Job changed(Repository repo, RevCommit commit, String folder, String mount, Set<String> removed) throws IOException {
        String path = ContentPaths.mounted(mount, NAME);
        ObjectId blob = folder.isEmpty() ? null : applying(repo, commit, folder);
        if (blob == null) {
            if (served != null) {
                removed.add(path);
                served = null;
            }
            return null;
        }
        if (blob.equals(served)) {
            return null;
        }
        served = blob;
        byte[] bytes = repo.open(blob, Constants.OBJ_BLOB).getBytes();
        Document.FileStamp stamp = new Document.FileStamp(bytes.length, Instant.ofEpochSecond(commit.getCommitTime()));
        return new DocumentReader.Job(path, stamp, () -> bytes);
    }

    private static ObjectId applying(Repository repo, RevCommit commit, String folder) throws IOException {
        try (TreeWalk walk = TreeWalk.forPath(repo, NAME, commit.getTree())) {
            if (walk == null) {
                return null;
            }
            ObjectId blob = walk.getObjectId(0);
            String yaml = new String(repo.open(blob, Constants.OBJ_BLOB).getCachedBytes(256 * 1024), StandardCharsets.UTF_8);
            return DocsFolder.docsDir(yaml).equals(folder) ? blob : null;
        }
    }
}
