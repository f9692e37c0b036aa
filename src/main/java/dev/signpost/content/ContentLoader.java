package dev.signpost.content;

import dev.signpost.content.markdown.Snippets;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import java.util.function.Predicate;

/**
 * The I/O edge of the local folder source: walks a folder and reads its files, parsing them on a bounded pool. Paths
 * in and out are content paths: the folder's mount, then the path inside the folder ({@code ""} mounts it at the root).
 * Never follows a path outside the folder, nor a symbolic link; hidden files and folders ({@code .git}) and editors'
 * scratch files are not content. A file that changes while it is read is not taken: it is read again once it settles.
 */
public final class ContentLoader {

    private final Path root;
    private final String mount;
    private final DocumentReader reader;
    private final Predicate<String> excluded;
    private final BiConsumer<String, byte[]> onRead;

    public ContentLoader(Path root, DocumentParser parser, long maxBytes, ExecutorService pool) {
        this(root, "", new DocumentReader(parser, maxBytes, pool), path -> false, (path, bytes) -> { });
    }

    /**
     * @param excluded content paths this folder must not serve (where another source is mounted inside it)
     * @param onRead   told the bytes of every Markdown file read whole (to tell a committed file from an edited one)
     */
    public ContentLoader(Path root, String mount, DocumentReader reader, Predicate<String> excluded, BiConsumer<String, byte[]> onRead) {
        this.root = root.toAbsolutePath().normalize();
        this.mount = mount;
        this.reader = reader;
        this.excluded = excluded;
        this.onRead = onRead;
    }

    public Path root() {
        return root;
    }

    /**
     * Every file under the root: Markdown and other files, by content path, and the symbolic links found (which are
     * never followed).
     */
    public record Scan(Map<String, Document.FileStamp> markdown, Map<String, Document.FileStamp> assets, Set<String> links) {
        public Scan(Map<String, Document.FileStamp> markdown, Map<String, Document.FileStamp> assets) {
            this(markdown, assets, Set.of());
        }
    }

    public Scan scan() throws IOException {
        return scan(mount);
    }

    /** Every file under one folder of the content, by content path (the mount itself for the whole root). */
    public Scan scan(String folder) throws IOException {
        Map<String, Document.FileStamp> markdown = new TreeMap<>();
        Map<String, Document.FileStamp> assets = new TreeMap<>();
        Set<String> links = new TreeSet<>();
        Path start = file(folder);
        // The root may be a link the operator chose; nothing below it is followed.
        if (start == null || !(start.equals(root) ? Files.isDirectory(start) : Files.isDirectory(start, LinkOption.NOFOLLOW_LINKS))) {
            return new Scan(markdown, assets, links);
        }
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(root) && (ContentPaths.isIgnored(dir) || excluded.test(relative(dir)))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (ContentPaths.isIgnored(file)) {
                    return FileVisitResult.CONTINUE;
                }
                String path = relative(file);
                if (attrs.isSymbolicLink()) {
                    links.add(path);
                } else if (attrs.isRegularFile() && !excluded.test(path)) {
                    Document.FileStamp stamp = new Document.FileStamp(attrs.size(), attrs.lastModifiedTime().toInstant());
                    (ContentPaths.isDocumentFile(path) ? markdown : assets).put(path, stamp);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        return new Scan(markdown, assets, links);
    }

    /** Loads many files concurrently; {@code progress} is told each time one finishes. */
    public List<LoadedFile> loadAll(Collection<String> paths, IntConsumer progress) throws InterruptedException {
        List<DocumentReader.Job> jobs = new ArrayList<>(paths.size());
        List<LoadedFile> refused = new ArrayList<>();
        for (String path : paths) {
            Job job = job(path);
            if (job.refused() != null) {
                refused.add(job.refused());
            } else {
                jobs.add(job.job());
            }
        }
        List<LoadedFile> results = new ArrayList<>(reader.readAll(jobs, progress));
        results.addAll(refused);
        return results;
    }

    /** Reads and parses one file. Anything that goes wrong becomes a {@link ContentProblem}, never an exception. */
    public LoadedFile load(String path) {
        Job job = job(path);
        return job.refused() != null ? job.refused() : reader.read(job.job());
    }

    private record Job(DocumentReader.Job job, LoadedFile refused) {
    }

    private Job job(String path) {
        Path file = file(path);
        if (file == null || file.equals(root) && !path.equals(mount)) {
            return new Job(null, LoadedFile.failed(path, null, ContentProblem.error(path, 0, "The file is outside the content folder.")));
        }
        Document.FileStamp stamp;
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attrs.isSymbolicLink()) {
                return new Job(null, LoadedFile.failed(path, null, ContentProblem.error(path, 0,
                        "The file is a symbolic link; Signpost never follows links. Put the file itself here.")));
            }
            stamp = new Document.FileStamp(attrs.size(), attrs.lastModifiedTime().toInstant());
        } catch (java.nio.file.NoSuchFileException e) {
            return new Job(null, LoadedFile.failed(path, null, ContentProblem.error(path, 0, "The file disappeared while it was being read.")));
        } catch (IOException e) {
            return new Job(null, LoadedFile.failed(path, null, ContentProblem.error(path, 0, "The file could not be read: " + e.getMessage())));
        }
        return new Job(new DocumentReader.Job(path, stamp, () -> {
            byte[] bytes = readSettled(file, stamp);
            onRead.accept(path, bytes);
            return bytes;
        }, snippets), null);
    }

    /** Snippets come from this folder only: regular files under its mount, never through a link, never a large one. */
    private final Snippets.Source snippets = new Snippets.Source() {
        @Override
        public String root() {
            return mount;
        }

        @Override
        public Optional<byte[]> read(String path) throws IOException {
            Path file = file(path);
            if (file == null || excluded.test(path) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    || Files.size(file) > Snippets.MAX_CHARS || !file.toRealPath().startsWith(root.toRealPath())) {
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(file));
        }
    };

    /** The file's bytes, if it did not change while they were read (size and modification time the same after). */
    private static byte[] readSettled(Path file, Document.FileStamp before) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        BasicFileAttributes after = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (bytes.length != before.size() || after.size() != before.size()
                || !after.lastModifiedTime().toInstant().equals(before.lastModified())) {
            throw new FileChangingException();
        }
        return bytes;
    }

    /** Size and modification time of a file under the root. */
    public Document.FileStamp stamp(String path) throws IOException {
        Path file = file(path);
        if (file == null) {
            throw new java.nio.file.NoSuchFileException(path);
        }
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attrs.isRegularFile()) {
            throw new java.nio.file.NoSuchFileException(path);
        }
        return new Document.FileStamp(attrs.size(), attrs.lastModifiedTime().toInstant());
    }

    public boolean exists(String path) {
        Path file = file(path);
        return file != null && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !excluded.test(path);
    }

    public boolean isDirectory(String path) {
        Path file = file(path);
        return file != null && Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS);
    }

    /** The content path of a file under the root. */
    public String relative(Path file) {
        String inside = root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
        return ContentPaths.mounted(mount, inside);
    }

    /** The file behind a content path, or null when the path is not under this folder's mount or leaves the folder. */
    public Path file(String path) {
        String inside = ContentPaths.unmounted(mount, path);
        if (inside == null) {
            return null;
        }
        Path file = root.resolve(inside).normalize();
        return file.startsWith(root) ? file : null;
    }
}
