package dev.signpost.content.cache;

import dev.signpost.content.markdown.RenderedBody;
import dev.signpost.content.markdown.MarkdownRenderer;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Rendered bodies kept on disk between restarts, so a restart over unchanged content (the usual deploy) skips
 * rendering. An entry is named by a hash of the renderer's fingerprint, the page's path, its declared title and its
 * Markdown: a change to any of them, or a new renderer, is a miss. An entry that cannot be read is a miss and is
 * removed; a cache that cannot be written is turned off with one warning. Pages are never served from a bad entry:
 * each carries a checksum ({@link RenderedBodyCodec}).
 */
public final class RenderCache {

    private static final Logger LOG = Logger.getLogger(RenderCache.class);
    private static final RenderCache OFF = new RenderCache(null, "");

    private final Path dir;
    private final String fingerprint;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean broken = new AtomicBoolean();
    private final AtomicBoolean swept = new AtomicBoolean();

    /** What renders a body on a miss ({@link MarkdownRenderer#render}). */
    @FunctionalInterface
    public interface Renderer {
        RenderedBody render(String path, String declaredTitle, String markdown);
    }

    private RenderCache(Path dir, String fingerprint) {
        this.dir = dir;
        this.fingerprint = fingerprint;
    }

    /** No cache: every body is rendered. */
    public static RenderCache off() {
        return OFF;
    }

    /** A cache in {@code dir} for bodies rendered by a renderer with this {@code fingerprint} ({@link RendererFingerprint}). */
    public static RenderCache in(Path dir, String fingerprint) {
        return new RenderCache(dir, fingerprint);
    }

    /** Whether bodies are kept at all (a folder is set and writable so far). */
    public boolean isOn() {
        return dir != null && !broken.get();
    }

    /** The body from the cache, or rendered by {@code renderer} and kept. */
    public RenderedBody render(String path, String declaredTitle, String markdown, Renderer renderer) {
        if (dir == null || broken.get()) {
            return renderer.render(path, declaredTitle, markdown);
        }
        String key = key(path, declaredTitle, markdown);
        if (!swept.get()) {
            used.add(key);
        }
        Path file = dir.resolve(key.substring(0, 2)).resolve(key.substring(2));
        RenderedBody cached = read(file);
        if (cached != null) {
            return cached;
        }
        RenderedBody body = renderer.render(path, declaredTitle, markdown);
        write(file, body);
        return body;
    }

    /**
     * Removes the entries no render asked for since start-up (pages deleted or changed while Signpost was stopped);
     * call once after the first complete load. Later calls do nothing: entries written by edits after start-up stay
     * until the next start's sweep.
     */
    public void sweep() {
        if (dir == null || broken.get() || !Files.isDirectory(dir) || !swept.compareAndSet(false, true)) {
            return;
        }
        int removed = 0;
        try (Stream<Path> files = Files.walk(dir, 2)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String key = file.getParent().getFileName().toString() + file.getFileName();
                if (!used.contains(key) && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debugf("Sweeping the render cache in %s stopped: %s", dir, e);
        }
        LOG.debugf("Render cache: %d entries in use, %d removed", used.size(), removed);
        used.clear();
    }

    private String key(String path, String declaredTitle, String markdown) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {fingerprint, path, declaredTitle == null ? "\u0001" : declaredTitle, markdown}) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static RenderedBody read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
        RenderedBody body = RenderedBodyCodec.decode(bytes);
        if (body == null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the entry is rewritten below
            }
        }
        return body;
    }

    private void write(Path file, RenderedBody body) {
        Path temp = file.resolveSibling(file.getFileName() + "." + Thread.currentThread().getId() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(body.html().length() * 2 + 256);
            RenderedBodyCodec.encode(body, new DataOutputStream(buffer));
            Files.write(temp, buffer.toByteArray());
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            if (broken.compareAndSet(false, true)) {
                LOG.warnf("Rendered pages cannot be kept in %s (%s); every restart renders every page again. Set "
                        + "signpost.content.render-cache.dir to a writable folder, or turn the cache off.", dir, e);
            }
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }
}
