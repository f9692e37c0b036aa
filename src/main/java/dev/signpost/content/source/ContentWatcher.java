package dev.signpost.content.source;

import dev.signpost.content.ContentLoader;
import dev.signpost.content.ContentPaths;
import dev.signpost.content.Document;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches the content root and every folder below it, and hands batches of changed content paths to a
 * consumer. Events that arrive within the settle time of each other (an editor's save is several; a large file is
 * written in many pieces) form one batch, handed over once the folder has been quiet for that long. When the OS drops
 * events, {@code onOverflow} asks for a full rescan instead.
 */
final class ContentWatcher implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ContentWatcher.class);
    /** A batch is handed over after this long at most, however busy the folder, so a constant writer cannot stall it. */
    private static final long MAX_BATCH_MILLIS = 1000;

    private final long settleMillis;

    private final ContentLoader loader;
    private final Consumer<Set<String>> onChange;
    private final Runnable onOverflow;
    private final WatchService service;
    private final Thread thread;

    ContentWatcher(ContentLoader loader, long settleMillis, Consumer<Set<String>> onChange, Runnable onOverflow) throws IOException {
        this.loader = loader;
        this.settleMillis = Math.max(1, settleMillis);
        this.onChange = onChange;
        this.onOverflow = onOverflow;
        this.service = FileSystems.getDefault().newWatchService();
        registerTree(loader.root());
        this.thread = new Thread(this::run, "signpost-content-watch");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = service.take();
                Set<String> changed = new LinkedHashSet<>();
                boolean overflow = drain(key, changed);
                long deadline = System.currentTimeMillis() + Math.max(MAX_BATCH_MILLIS, settleMillis * 4);
                WatchKey more;
                while (System.currentTimeMillis() < deadline && (more = service.poll(settleMillis, TimeUnit.MILLISECONDS)) != null) {
                    overflow |= drain(more, changed);
                }
                if (overflow) {
                    onOverflow.run();
                } else if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.errorf("Watching the content folder stopped: %s; changes are now picked up by the periodic rescan only", e);
        }
    }

    private boolean drain(WatchKey key, Set<String> changed) {
        boolean overflow = false;
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                overflow = true;
                continue;
            }
            Path file = dir.resolve((Path) event.context());
            if (ContentPaths.isIgnored(file)) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(file)) {
                registerTree(file);
            }
            changed.add(loader.relative(file));
        }
        key.reset();
        return overflow;
    }

    private void registerTree(Path start) {
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (!dir.equals(loader.root()) && ContentPaths.isIgnored(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                            StandardWatchEventKinds.ENTRY_MODIFY);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.warnf("Could not watch %s for changes (%s); the periodic rescan will pick them up", start, e.getMessage());
        }
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            service.close();
        } catch (IOException e) {
            LOG.debugf("Closing the content watcher: %s", e.getMessage());
        }
    }
}
