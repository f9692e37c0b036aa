package dev.signpost.content;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * The I/O edge of the engine: walks the content root and reads files, parsing them on a bounded pool.
 * Never follows a path outside the root; hidden files and folders ({@code .git}) and editors' scratch files are not content.
 */
public final class ContentLoader {

    private final Path root;
    private final DocumentParser parser;
    private final long maxBytes;
    private final ExecutorService pool;

    public ContentLoader(Path root, DocumentParser parser, long maxBytes, ExecutorService pool) {
        this.root = root.toAbsolutePath().normalize();
        this.parser = parser;
        this.maxBytes = maxBytes;
        this.pool = pool;
    }

    public Path root() {
        return root;
    }

    /** Every file under the root: Markdown and other files, by content path. */
    public record Scan(Map<String, Document.FileStamp> markdown, Map<String, Document.FileStamp> assets) {
    }

    /** The outcome for one file: a document with warnings, or the problem that stopped it. */
    public record Result(String path, Document.FileStamp stamp, DocumentParser.Parsed parsed, ContentProblem failure) {
    }

    public Scan scan() throws IOException {
        return scan("");
    }

    /** Every file under one folder of the content (empty for the whole root). */
    public Scan scan(String folder) throws IOException {
        Map<String, Document.FileStamp> markdown = new TreeMap<>();
        Map<String, Document.FileStamp> assets = new TreeMap<>();
        Path start = root.resolve(folder).normalize();
        if (!start.startsWith(root) || !Files.isDirectory(start)) {
            return new Scan(markdown, assets);
        }
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && isIgnored(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !isIgnored(file)) {
                    String path = relative(file);
                    Document.FileStamp stamp = new Document.FileStamp(attrs.size(), attrs.lastModifiedTime().toInstant());
                    (ContentPaths.isMarkdown(path) ? markdown : assets).put(path, stamp);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        return new Scan(markdown, assets);
    }

    /** Loads many files concurrently; {@code progress} is told each time one finishes. */
    public List<Result> loadAll(Collection<String> paths, IntConsumer progress) throws InterruptedException {
        List<Future<Result>> futures = new ArrayList<>(paths.size());
        for (String path : paths) {
            Callable<Result> task = () -> load(path);
            futures.add(pool.submit(task));
        }
        List<Result> results = new ArrayList<>(paths.size());
        int done = 0;
        for (Future<Result> future : futures) {
            try {
                results.add(future.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException("Loading a content file failed unexpectedly", e.getCause());
            }
            progress.accept(++done);
        }
        return results;
    }

    /** Reads and parses one file. Anything that goes wrong becomes a {@link ContentProblem}, never an exception. */
    public Result load(String path) {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root)) {
            return failed(path, null, ContentProblem.error(path, 0, "The file is outside the content folder."));
        }
        Document.FileStamp stamp = null;
        try {
            stamp = stamp(path);
            if (stamp.size() > maxBytes) {
                return failed(path, stamp, ContentProblem.error(path, 0, "The file is " + stamp.size() / 1024
                        + " KiB, over the limit of " + maxBytes / 1024 + " KiB (signpost.content.max-file-size)."));
            }
            return new Result(path, stamp, parser.parse(path, Files.readAllBytes(file), stamp), null);
        } catch (ContentException e) {
            return failed(path, stamp, ContentProblem.error(path, e.line(), e.getMessage()));
        } catch (NoSuchFileException e) {
            return failed(path, stamp, ContentProblem.error(path, 0, "The file disappeared while it was being read."));
        } catch (IOException e) {
            return failed(path, stamp, ContentProblem.error(path, 0, "The file could not be read: " + e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            return failed(path, stamp, ContentProblem.error(path, 0, "The file could not be rendered (" + e.getClass().getSimpleName() + ")."));
        }
    }

    /** Size and modification time of a file under the root. */
    public Document.FileStamp stamp(String path) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(root.resolve(path), BasicFileAttributes.class);
        return new Document.FileStamp(attrs.size(), attrs.lastModifiedTime().toInstant());
    }

    public boolean exists(String path) {
        return Files.isRegularFile(root.resolve(path));
    }

    public String relative(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static Result failed(String path, Document.FileStamp stamp, ContentProblem problem) {
        return new Result(path, stamp, null, problem);
    }

    /**
     * Not content: hidden files and folders ({@code .git}) and the scratch files editors leave next to the one
     * being edited ({@code page.md~}, {@code page.md.swp}, {@code #page.md#}, vim's {@code 4913} probe).
     */
    static boolean isIgnored(Path path) {
        Path fileName = path.getFileName();
        if (fileName == null) {
            return false;
        }
        String name = fileName.toString();
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || (name.startsWith("#") && name.endsWith("#")) || name.equals("4913");
    }
}
