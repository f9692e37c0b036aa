package dev.signpost.content.source;

import dev.signpost.content.ContentPaths;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The files of one folder of a git tree, read straight from the object database (no working tree). Only regular and
 * executable files are files: a symbolic link is listed to be reported, never followed; a submodule is skipped; a
 * hidden entry ({@code .github}) is not content; an entry whose name could leave the folder ({@code ..}, a backslash,
 * a control character) is refused.
 *
 * @param folder  the folder, {@code ""} for the whole tree; paths below are relative to it
 * @param files   path to blob
 * @param links   symbolic links found
 * @param refused paths refused for their names
 */
record GitTree(String folder, Map<String, ObjectId> files, Set<String> links, Set<String> refused) {

    static GitTree read(Repository repo, RevTree tree, String folder) throws IOException {
        Map<String, ObjectId> files = new HashMap<>();
        Set<String> links = new TreeSet<>();
        Set<String> refused = new TreeSet<>();
        try (ObjectReader reader = repo.newObjectReader(); TreeWalk walk = new TreeWalk(repo, reader)) {
            walk.addTree(tree);
            walk.setRecursive(false);
            if (!folder.isEmpty()) {
                walk.setFilter(PathFilter.create(folder));
            }
            while (walk.next()) {
                String path = walk.getPathString();
                String name = walk.getNameString();
                boolean inside = folder.isEmpty() || path.startsWith(folder + "/");
                if (!safeName(name)) {
                    refused.add(path);
                    continue;
                }
                if (walk.isSubtree()) {
                    boolean towardsFolder = folder.equals(path) || folder.startsWith(path + "/");
                    if (towardsFolder || inside && !ContentPaths.isIgnoredName(name)) {
                        walk.enterSubtree();
                    }
                    continue;
                }
                if (!inside || ContentPaths.isIgnoredName(name)) {
                    continue;
                }
                keep(folder.isEmpty() ? path : path.substring(folder.length() + 1), walk, files, links);
            }
        }
        return new GitTree(folder, Collections.unmodifiableMap(files), Collections.unmodifiableSet(links),
                Collections.unmodifiableSet(refused));
    }

    /**
     * Paths of the folder (relative to it) that differ between two trees: added, changed, removed. Hidden paths and
     * paths with unsafe names are included; reading the new tree decides what they are.
     */
    static Set<String> changed(Repository repo, RevTree from, RevTree to, String folder) throws IOException {
        Set<String> changed = new TreeSet<>();
        try (ObjectReader reader = repo.newObjectReader(); TreeWalk walk = new TreeWalk(repo, reader)) {
            walk.addTree(from);
            walk.addTree(to);
            walk.setRecursive(true);
            walk.setFilter(folder.isEmpty() ? TreeFilter.ANY_DIFF : AndTreeFilter.create(PathFilter.create(folder), TreeFilter.ANY_DIFF));
            while (walk.next()) {
                String path = walk.getPathString();
                if (folder.isEmpty()) {
                    changed.add(path);
                } else if (path.startsWith(folder + "/")) {
                    changed.add(path.substring(folder.length() + 1));
                }
            }
        }
        return changed;
    }

    /**
     * This listing moved on to {@code tree}, where only {@code changed} (paths relative to the folder, from
     * {@link #changed}) differ: each is looked up alone, so a one-file push into a large repository costs one lookup.
     */
    GitTree apply(Repository repo, RevTree tree, Set<String> changed) throws IOException {
        Map<String, ObjectId> nextFiles = new HashMap<>(files);
        Set<String> nextLinks = new TreeSet<>(links);
        Set<String> nextRefused = new TreeSet<>(refused);
        for (String path : changed) {
            nextFiles.remove(path);
            nextLinks.remove(path);
            String repoPath = repoPath(path);
            nextRefused.remove(repoPath);
            boolean plain = true;
            for (String segment : path.split("/")) {
                if (!safeName(segment)) {
                    nextRefused.add(repoPath);
                    plain = false;
                    break;
                }
                if (ContentPaths.isIgnoredName(segment)) {
                    plain = false;
                    break;
                }
            }
            if (!plain) {
                continue;
            }
            try (TreeWalk walk = TreeWalk.forPath(repo, repoPath, tree)) {
                if (walk == null) {
                    continue;
                }
                keep(path, walk, nextFiles, nextLinks);
            }
        }
        return new GitTree(folder, Collections.unmodifiableMap(nextFiles), Collections.unmodifiableSet(nextLinks),
                Collections.unmodifiableSet(nextRefused));
    }

    /** Files are kept as files, links as links to report; anything else (a submodule) is skipped. */
    private static void keep(String path, TreeWalk walk, Map<String, ObjectId> files, Set<String> links) {
        FileMode mode = walk.getFileMode(0);
        if (mode == FileMode.SYMLINK) {
            links.add(path);
        } else if (mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE) {
            files.put(path, walk.getObjectId(0));
        }
    }

    /** A name git could carry but no file of ours may have: empty, a dot or two, a backslash or a control character. */
    static boolean safeName(String name) {
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.indexOf('\\') >= 0 || name.indexOf('/') >= 0) {
            return false;
        }
        return name.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }

    /** The repository path of a path relative to the folder. */
    String repoPath(String relative) {
        return folder.isEmpty() ? relative : folder + "/" + relative;
    }
}
