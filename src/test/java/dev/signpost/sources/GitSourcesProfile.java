package dev.signpost.sources;

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
 * The bundled content at the root plus two git repositories made here with JGit ({@code file://} URLs): "handbook"
 * (docs next to a mkdocs.yml, mounted at handbook, with a webhook secret and a history-URL template) and "platform"
 * (mounted at platform). Polling is slow, so whatever changes was fetched because a test asked.
 */
public class GitSourcesProfile implements QuarkusTestProfile {

    public static final Path DIR = Path.of("target", "test-content", "git-sources").toAbsolutePath();
    /** Where the repositories are: named like the organisation in the sample webhook payloads (acme/handbook). */
    public static final Path REPOS = DIR.resolve("acme");
    public static final String SECRET = "handbook-webhook-secret";
    static final Instant T = Instant.parse("2026-11-02T09:30:00Z");

    @Override
    public Map<String, String> getConfigOverrides() {
        try {
            TestFolders.fresh(DIR);
            Files.createDirectories(REPOS);
            try (TestRepo handbook = TestRepo.create(REPOS, "handbook")) {
                handbook.write("mkdocs.yml", "site_name: Handbook\n")
                        .write("docs/index.md", "# Handbook\n\nHow the platform team works.\n")
                        .write("docs/deploy.md", "---\ntitle: Deploying\nowner: release-engineering\n---\nUse the paved road.\n")
                        .commit("Start the handbook", "Ada Lovelace", T);
                handbook.write("docs/deploy.md", "---\ntitle: Deploying\nowner: release-engineering\n---\nUse the paved road. Roll back first.\n")
                        .commit("Explain rolling back", "Grace Hopper", T.plusSeconds(86400));
                handbook.push();
            }
            try (TestRepo platform = TestRepo.create(REPOS, "platform")) {
                platform.write("runners.md", "# Runners\n\nSelf-hosted runner pools.\n").commit("Runners", "Linus", T);
                platform.push();
            }
            Files.writeString(DIR.resolve("handbook.secret"), SECRET + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.ofEntries(
                Map.entry("signpost.sources.work-dir", DIR.resolve("mirrors").toString()),
                Map.entry("signpost.sources.min-fetch-gap", "20ms"),
                Map.entry("signpost.sources.handbook.url", REPOS.resolve("handbook.git").toUri().toString()),
                Map.entry("signpost.sources.handbook.refresh-every", "1h"),
                Map.entry("signpost.sources.handbook.history-url", "https://git.example.com/acme/handbook/commits/{ref}/{path}"),
                Map.entry("signpost.sources.handbook.edit-url", "https://git.example.com/acme/handbook/edit/{ref}/{path}"),
                Map.entry("signpost.sources.handbook.webhook-secret-file", DIR.resolve("handbook.secret").toString()),
                Map.entry("signpost.sources.platform.url", REPOS.resolve("platform.git").toUri().toString()),
                Map.entry("signpost.sources.platform.refresh-every", "1h"),
                Map.entry("signpost.sources.platform.owner", "ci-platform"));
    }
}
