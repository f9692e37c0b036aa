package dev.signpost.content.source;

import dev.signpost.content.ContentPaths;
import dev.signpost.content.markdown.Snippets;
import dev.signpost.content.ContentProblem;
import dev.signpost.content.Document;
import dev.signpost.content.DocumentReader;
import dev.signpost.content.LoadedFile;
import dev.signpost.content.Origin;
import dev.signpost.content.SourceUpdate;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntConsumer;

/**
 * Turns a commit of a source's mirror into what the store needs: every file of the folder (the first load, or when the
 * folder moved), or only the files a tree diff names (every later fetch), each read from the object database and
 * parsed on the pool, with its origin.
 */
final class GitUpdates {

    /** The folder's files now, and what changed for the store. */
    record Loaded(GitTree tree, SourceUpdate update) {
    }

    private final String source;
    private final String mount;
    private final Repository repo;
    private final DocumentReader reader;
    private final OriginTemplates templates;
    private final RootMkdocs mkdocs = new RootMkdocs();

    GitUpdates(String source, String mount, Repository repo, DocumentReader reader, OriginTemplates templates) {
        this.source = source;
        this.mount = mount;
        this.repo = repo;
        this.reader = reader;
        this.templates = templates;
    }

    /** Every file of {@code folder} at {@code commit}; what {@code previous} had and this has not is removed. */
    Loaded full(GitTree previous, RevCommit commit, String ref, String folder, FileHistory history, IntConsumer expected,
            IntConsumer progress) throws IOException, InterruptedException {
        GitTree tree = GitTree.read(repo, commit.getTree(), folder);
        mkdocs.readAgain();
        Set<String> paths = new HashSet<>(tree.files().keySet());
        expected.accept((int) paths.stream().filter(ContentPaths::isDocumentFile).count());
        Set<String> gone = new HashSet<>();
        if (previous != null) {
            previous.files().keySet().stream().filter(p -> !tree.files().containsKey(p)).forEach(gone::add);
        }
        return new Loaded(tree, read(tree, paths, gone, commit, ref, history, progress));
    }

    /** Only the files that differ between {@code from} and {@code to}; the rest of {@code previous} stays as it was. */
    Loaded diff(GitTree previous, RevCommit from, RevCommit to, String ref, FileHistory history, Set<String> touched)
            throws IOException, InterruptedException {
        Set<String> changed = GitTree.changed(repo, from.getTree(), to.getTree(), previous.folder());
        GitTree tree = previous.apply(repo, to.getTree(), changed);
        Set<String> present = new HashSet<>();
        Set<String> gone = new HashSet<>();
        for (String path : changed) {
            (tree.files().containsKey(path) ? present : gone).add(path);
        }
        SourceUpdate files = read(tree, present, gone, to, ref, history, n -> { });
        Map<String, Origin> origins = new HashMap<>(files.origins());
        for (String repoPath : touched) {
            String relative = relative(tree, repoPath);
            if (relative != null && !changed.contains(relative) && tree.files().containsKey(relative) && ContentPaths.isDocumentFile(relative)) {
                origins.put(ContentPaths.mounted(mount, relative), templates.origin(repoPath, ref, to.getName(), history));
            }
        }
        return new Loaded(tree, new SourceUpdate(source, files.files(), files.removed(), files.assets(), files.assetsRemoved(),
                origins, files.notes()));
    }

    /** Origins of every Markdown file of {@code tree} (the history became known after the files were served). */
    Map<String, Origin> origins(GitTree tree, String ref, String commit, FileHistory history) {
        Map<String, Origin> origins = new HashMap<>();
        tree.files().keySet().stream().filter(ContentPaths::isDocumentFile).forEach(relative ->
                origins.put(ContentPaths.mounted(mount, relative), templates.origin(tree.repoPath(relative), ref, commit, history)));
        return origins;
    }

    private SourceUpdate read(GitTree tree, Set<String> present, Set<String> gone, RevCommit commit, String ref, FileHistory history,
            IntConsumer progress) throws IOException, InterruptedException {
        Instant time = Instant.ofEpochSecond(commit.getCommitTime());
        List<DocumentReader.Job> jobs = new ArrayList<>();
        Map<String, Document.FileStamp> assets = new HashMap<>();
        try (ObjectReader objects = repo.newObjectReader()) {
            for (String relative : present) {
                ObjectId blob = tree.files().get(relative);
                Document.FileStamp stamp = new Document.FileStamp(objects.getObjectSize(blob, Constants.OBJ_BLOB), time);
                String path = ContentPaths.mounted(mount, relative);
                if (ContentPaths.isDocumentFile(relative)) {
                    jobs.add(new DocumentReader.Job(path, stamp, () -> repo.open(blob, Constants.OBJ_BLOB).getBytes(), snippets(tree)));
                } else {
                    assets.put(path, stamp);
                }
            }
        }
        Set<String> removed = new HashSet<>();
        DocumentReader.Job settings = tree.files().containsKey(RootMkdocs.NAME) ? null
                : mkdocs.changed(repo, commit, tree.folder(), mount, removed);
        if (settings != null) {
            jobs.add(settings);
        }
        List<LoadedFile> files = new ArrayList<>();
        for (LoadedFile file : reader.readAll(jobs, progress)) {
            String relative = ContentPaths.unmounted(mount, file.path());
            String repoPath = settings != null && file.path().equals(settings.path()) ? RootMkdocs.NAME : tree.repoPath(relative);
            files.add(file.withOrigin(templates.origin(repoPath, ref, commit.getName(), history)));
        }
        Set<String> assetsRemoved = new HashSet<>();
        gone.forEach(relative -> (ContentPaths.isDocumentFile(relative) ? removed : assetsRemoved).add(ContentPaths.mounted(mount, relative)));
        return new SourceUpdate(source, files, removed, assets, assetsRemoved, Map.of(), notes(tree));
    }

    /** Snippets come from the same tree only, never a large file. */
    private Snippets.Source snippets(GitTree tree) {
        return new Snippets.Source() {
            @Override
            public String root() {
                return mount;
            }

            @Override
            public Optional<byte[]> read(String path) throws IOException {
                String relative = ContentPaths.unmounted(mount, path);
                ObjectId blob = relative == null ? null : tree.files().get(relative);
                if (blob == null) {
                    return Optional.empty();
                }
                org.eclipse.jgit.lib.ObjectLoader loader = repo.open(blob, Constants.OBJ_BLOB);
                return loader.getSize() > Snippets.MAX_CHARS ? Optional.empty() : Optional.of(loader.getBytes());
            }
        };
    }

    /** What the folder holds that is not served: links, refused names, or no folder at all. */
    private Map<String, List<ContentProblem>> notes(GitTree tree) {
        Map<String, List<ContentProblem>> notes = new TreeMap<>();
        tree.links().forEach(relative -> {
            String path = ContentPaths.mounted(mount, relative);
            notes.put(path, List.of(ContentProblem.warning(path, 0, "This is a symbolic link in source '" + source
                    + "'; Signpost never follows links, so it is not served. Put the file itself here.")));
        });
        tree.refused().forEach(repoPath -> notes.put(mount + "!" + repoPath, List.of(ContentProblem.error(mount.isEmpty() ? repoPath : mount + "/" + repoPath, 0,
                "Source '" + source + "' has a file or folder whose name could leave its folder; it is not read."))));
        if (tree.files().isEmpty() && !tree.folder().isEmpty()) {
            notes.put(mount, List.of(ContentProblem.warning(mount, 0, "Source '" + source + "' has no files in its folder '"
                    + tree.folder() + "' (does the folder exist on this branch?).")));
        }
        return notes;
    }

    private static String relative(GitTree tree, String repoPath) {
        if (tree.folder().isEmpty()) {
            return repoPath;
        }
        return repoPath.startsWith(tree.folder() + "/") ? repoPath.substring(tree.folder().length() + 1) : null;
    }
}
