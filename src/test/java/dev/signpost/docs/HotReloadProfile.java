package dev.signpost.docs;

import dev.signpost.TestFolders;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Runs the app on a content folder of its own that tests write to. The periodic rescan is off, so whatever
 * these tests see was picked up by the file watcher.
 */
public class HotReloadProfile implements QuarkusTestProfile {

    public static final Path DIR = Path.of("target", "test-content", "hot-reload").toAbsolutePath();

    @Override
    public Map<String, String> getConfigOverrides() {
        try {
            TestFolders.fresh(DIR);
            Files.createDirectories(DIR);
            Files.writeString(DIR.resolve("index.md"), "---\ntitle: Test home\n---\nWelcome.\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "signpost.content.dir", DIR.toString(),
                "signpost.content.watch.rescan-interval", "0s",
                // generous, so that a writer pausing between pieces on a busy machine is still "one write"
                "signpost.content.watch.settle", "150ms",
                "signpost.content.max-file-size", "64K");
    }
}
