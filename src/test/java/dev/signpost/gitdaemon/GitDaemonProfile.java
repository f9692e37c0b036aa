package dev.signpost.gitdaemon;

import dev.signpost.content.source.TestRepo;
import dev.signpost.TestFolders;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * One git source fetched over the network from a real {@code git daemon} on 127.0.0.1 (git://), polled every 2 s so
 * that recovering after an outage needs nobody to press a button.
 */
public class GitDaemonProfile implements QuarkusTestProfile {

    public static final Path DIR = Path.of("target", "test-content", "git-daemon").toAbsolutePath();
    public static final Path SERVED = DIR.resolve("served");
    public static final String SECRET = "daemon-webhook-secret";

    @Override
    public Map<String, String> getConfigOverrides() {
        try {
            GitDaemon.stop(SERVED);
            TestFolders.fresh(DIR);
            Files.createDirectories(SERVED);
            try (TestRepo handbook = TestRepo.create(SERVED, "handbook")) {
                handbook.write("index.md", "# Handbook over the network\n\nServed by git daemon.\n")
                        .commit("Start", "Ada Lovelace", Instant.parse("2026-11-20T10:00:00Z"));
                handbook.push();
            }
            Files.writeString(DIR.resolve("secret"), SECRET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int port = GitDaemon.start(SERVED);
        return Map.of(
                "signpost.sources.work-dir", DIR.resolve("mirrors").toString(),
                "signpost.sources.fetch-timeout", "5s",
                "signpost.sources.handbook.url", "git://127.0.0.1:" + port + "/handbook.git",
                "signpost.sources.handbook.refresh-every", "2s",
                "signpost.sources.handbook.webhook-secret-file", DIR.resolve("secret").toString());
    }
}
