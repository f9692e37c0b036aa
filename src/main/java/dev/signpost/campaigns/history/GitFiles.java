package dev.signpost.campaigns.history;

import dev.signpost.campaigns.checks.RepoFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * A commit's tree as {@link RepoFiles}: every regular file's path (submodules and symbolic links are not files here),
 * and a file's text read from the object database, at most {@code maxBytes} of it. Reads nothing until asked; one
 * instance serves every check of every campaign for that commit.
 */
public final class GitFiles implements RepoFiles {

    private final ObjectReader reader;
    private final RevTree tree;
    private final int maxBytes;
    private Map<String, ObjectId> blobs;
    private List<String> paths;

    public GitFiles(ObjectReader reader, RevTree tree, int maxBytes) {
        this.reader = reader;
        this.tree = tree;
        this.maxBytes = maxBytes;
    }

    @Override
    public List<String> paths() {
        if (paths == null) {
            Map<String, ObjectId> found = new HashMap<>();
            List<String> names = new ArrayList<>();
            try (TreeWalk walk = new TreeWalk(reader)) {
                walk.addTree(tree);
                walk.setRecursive(true);
                while (walk.next()) {
                    FileMode mode = walk.getFileMode(0);
                    if (mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE) {
                        String path = walk.getPathString();
                        found.put(path, walk.getObjectId(0));
                        names.add(path);
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("The tree of a commit could not be read", e);
            }
            names.sort(null);
            blobs = found;
            paths = List.copyOf(names);
        }
        return paths;
    }

    @Override
    public Optional<String> text(String path) {
        paths();
        ObjectId blob = blobs.get(path);
        if (blob == null) {
            return Optional.empty();
        }
        try (InputStream in = reader.open(blob).openStream()) {
            return Optional.of(new String(in.readNBytes(maxBytes), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
