package dev.signpost.e2e;

import dev.signpost.TestFolders;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Runs the app on a small roadmap of its own that a test may edit: three items in two teams, one of which waits for
 * another. The periodic rescan is off, so an edit the app shows was picked up by the file watcher.
 */
public class RoadmapContentProfile implements QuarkusTestProfile {

    public static final Path DIR = Path.of("target", "test-content", "roadmap-review").toAbsolutePath();

    /** Planned for 2027-Q1; the item a test moves to at risk. */
    public static final String ALPHA = """
            ---
            title: Alpha rollout
            status: planned
            start: 2026-Q4
            target: 2027-Q1
            team: ci-platform
            updates:
              - date: 2026-10-05
                status: planned
                note: Planned at the SIG.
            ---

            Roll the alpha out to the first three teams.
            """;

    private static final String RUNNERS = """
            ---
            title: Bigger runners
            status: in-progress
            start: 2026-Q3
            target: 2026-12-18
            team: ci-platform
            updates:
              - date: 2026-07-01
                status: in-progress
                note: Work started.
            ---

            Larger runners for the monorepo builds.
            """;

    private static final String SIGNING = """
            ---
            title: Image signing
            status: exploring
            target: 2027-Q2
            team: security
            depends_on: [alpha-rollout]
            updates:
              - date: 2026-09-14
                status: exploring
                note: Comparing cosign and notation.
            ---

            Sign every image the pipelines build.
            """;

    @Override
    public Map<String, String> getConfigOverrides() {
        try {
            TestFolders.fresh(DIR);
            Files.createDirectories(DIR.resolve("roadmap"));
            Files.writeString(DIR.resolve("index.md"), "---\ntitle: Roadmap test home\n---\nWelcome.\n");
            Files.writeString(DIR.resolve("roadmap/alpha-rollout.md"), ALPHA);
            Files.writeString(DIR.resolve("roadmap/bigger-runners.md"), RUNNERS);
            Files.writeString(DIR.resolve("roadmap/image-signing.md"), SIGNING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "signpost.content.dir", DIR.toString(),
                "signpost.content.watch.rescan-interval", "0s",
                "signpost.content.max-file-size", "64K");
    }
}
