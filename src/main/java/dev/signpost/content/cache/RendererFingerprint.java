package dev.signpost.content.cache;

import dev.signpost.content.markdown.MarkdownRenderer;
import com.vladsch.flexmark.parser.Parser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * What decides how a cached body reads, as one hash: the compiled classes of the Markdown renderer's package and of
 * this one (wherever they were loaded from, a jar or a folder) and the versions of the Markdown parser and HTML sanitiser libraries. A rebuild that changes no
 * rendering code keeps the fingerprint (and the {@link RenderCache}); any change to rendering code or a library
 * upgrade gives a new one.
 */
public final class RendererFingerprint {

    /** The packages whose classes decide a cached body: the renderer's and the cache's own (its file format). */
    private static final List<String> PACKAGES = List.of(folder(MarkdownRenderer.class), folder(RendererFingerprint.class));

    private RendererFingerprint() {
    }

    /** The fingerprint, or empty when the classes' origin cannot be read (the cache is then off). */
    public static Optional<String> current() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            Path own = origin(RendererFingerprint.class).orElse(null);
            if (own == null || !own.equals(origin(MarkdownRenderer.class).orElse(null))) {
                return Optional.empty();
            }
            for (String pkg : PACKAGES) {
                List<String> entries = Files.isDirectory(own) ? folderClasses(own, pkg, digest) : jarClasses(own, pkg, digest);
                if (entries.isEmpty()) {
                    return Optional.empty();
                }
            }
            for (Class<?> library : List.of(Parser.class, Jsoup.class)) {
                digest.update(origin(library).map(p -> p.getFileName().toString()).orElse(library.getName()).getBytes());
                digest.update((byte) 0);
            }
            return Optional.of(HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | RuntimeException | NoSuchAlgorithmException e) {
            return Optional.empty();
        }
    }

    private static String folder(Class<?> type) {
        return type.getPackageName().replace('.', '/') + "/";
    }

    private static Optional<Path> origin(Class<?> type) {
        try {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            return source == null || source.getLocation() == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static List<String> folderClasses(Path root, String pkg, MessageDigest digest) throws IOException {
        Path dir = root.resolve(pkg);
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".class")).sorted().toList()) {
                names.add(file.getFileName().toString());
                digest.update(file.getFileName().toString().getBytes());
                digest.update(Files.readAllBytes(file));
            }
        }
        return names;
    }

    private static List<String> jarClasses(Path jar, String pkg, MessageDigest digest) throws IOException {
        List<String> names = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            List<JarEntry> classes = new ArrayList<>();
            for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
                JarEntry entry = e.nextElement();
                String name = entry.getName();
                if (name.startsWith(pkg) && name.indexOf('/', pkg.length()) < 0 && name.endsWith(".class")) {
                    classes.add(entry);
                }
            }
            classes.sort(java.util.Comparator.comparing(JarEntry::getName));
            for (JarEntry entry : classes) {
                names.add(entry.getName());
                digest.update(entry.getName().getBytes());
                try (InputStream in = file.getInputStream(entry)) {
                    digest.update(in.readAllBytes());
                }
            }
        }
        return names;
    }
}
