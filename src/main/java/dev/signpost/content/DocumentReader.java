package dev.signpost.content;

import dev.signpost.content.markdown.Snippets;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Reads files of any source (a folder, a git tree) and parses them into documents on a bounded pool. Whatever goes
 * wrong with one file (too large, unreadable, not UTF-8, bad YAML, a renderer failure) becomes that file's
 * {@link ContentProblem}, never an exception.
 */
public final class DocumentReader {

    /** How to get a file's bytes; called at most once, on a worker thread. */
    @FunctionalInterface
    public interface Bytes {
        byte[] read() throws IOException;
    }

    /**
     * One file to read: its content path, its stamp (size decides the size limit before reading), its bytes and where
     * its snippets come from (its own source).
     */
    public record Job(String path, Document.FileStamp stamp, Bytes bytes, Snippets.Source snippets) {
        public Job(String path, Document.FileStamp stamp, Bytes bytes) {
            this(path, stamp, bytes, Snippets.NONE);
        }
    }

    private final DocumentParser parser;
    private final long maxBytes;
    private final ExecutorService pool;

    public DocumentReader(DocumentParser parser, long maxBytes, ExecutorService pool) {
        this.parser = parser;
        this.maxBytes = maxBytes;
        this.pool = pool;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Reads many files concurrently; {@code progress} is told each time one finishes. */
    public List<LoadedFile> readAll(Collection<Job> jobs, IntConsumer progress) throws InterruptedException {
        List<Future<LoadedFile>> futures = new ArrayList<>(jobs.size());
        for (Job job : jobs) {
            futures.add(pool.submit(() -> read(job)));
        }
        List<LoadedFile> results = new ArrayList<>(jobs.size());
        int done = 0;
        for (Future<LoadedFile> future : futures) {
            try {
                results.add(future.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException("Reading a content file failed unexpectedly", e.getCause());
            }
            progress.accept(++done);
        }
        return results;
    }

    /** Reads and parses one file. */
    public LoadedFile read(Job job) {
        String path = job.path();
        Document.FileStamp stamp = job.stamp();
        try {
            if (stamp.size() > maxBytes) {
                return tooLarge(path, stamp, maxBytes);
            }
            return new LoadedFile(path, stamp, parser.parse(path, job.bytes().read(), stamp, job.snippets()), null);
        } catch (ContentException e) {
            return LoadedFile.failed(path, stamp, ContentProblem.error(path, e.line(), e.getMessage()));
        } catch (FileChangingException e) {
            return LoadedFile.changing(path);
        } catch (NoSuchFileException e) {
            return LoadedFile.failed(path, stamp, ContentProblem.error(path, 0, "The file disappeared while it was being read."));
        } catch (IOException e) {
            return LoadedFile.failed(path, stamp, ContentProblem.error(path, 0, "The file could not be read: " + e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            return LoadedFile.failed(path, stamp, ContentProblem.error(path, 0, "The file could not be rendered (" + e.getClass().getSimpleName() + ")."));
        }
    }

    static LoadedFile tooLarge(String path, Document.FileStamp stamp, long maxBytes) {
        return LoadedFile.failed(path, stamp, ContentProblem.error(path, 0, "The file is " + stamp.size() / 1024
                + " KiB, over the limit of " + maxBytes / 1024 + " KiB (signpost.content.max-file-size)."));
    }
}
