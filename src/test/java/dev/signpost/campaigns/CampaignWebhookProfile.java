package dev.signpost.campaigns;

import dev.signpost.TestFolders;
import dev.signpost.content.source.TestRepo;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * A small content folder with one campaign over one repository made here with JGit, named like the organisation in the
 * sample webhook payloads (acme/handbook), which still has its Jenkinsfile; a campaign that cannot be used; and the
 * repositories' webhook secret.
 */
public class CampaignWebhookProfile implements QuarkusTestProfile {

    static final Path DIR = Path.of("target", "test-content", "campaign-webhook").toAbsolutePath();
    static final Path REPOS = DIR.resolve("acme");
    static final String SECRET = "campaign-webhook-secret";
    static final Instant T = Instant.parse("2026-10-05T09:30:00Z");

    @Override
    public Map<String, String> getConfigOverrides() {
        try {
            TestFolders.fresh(DIR);
            Path content = Files.createDirectories(DIR.resolve("content"));
            Files.createDirectories(content.resolve("tools"));
            Files.createDirectories(content.resolve("campaigns"));
            Files.writeString(content.resolve("index.md"), "# Home\n");
            Files.writeString(content.resolve("tools/jenkins.md"), "---\ntitle: Jenkins\nring: hold\ncategory: CI/CD\n---\nOld.\n");
            Files.writeString(content.resolve("tools/github-actions.md"), "---\ntitle: GitHub Actions\nring: preferred\ncategory: CI/CD\n---\nNew.\n");
            Files.writeString(content.resolve("campaigns/move.md"), """
                    ---
                    title: Move
                    from: jenkins
                    to: github-actions
                    start: 2026-09-07
                    checks:
                      - {title: No Jenkinsfile, absent: "**/Jenkinsfile"}
                    ---
                    Move.
                    """);
            Files.writeString(content.resolve("campaigns/broken.md"), """
                    ---
                    title: Broken
                    from: hudson
                    to: github-actions
                    start: 2026-09-07
                    checks:
                      - {title: Typo, exist: Jenkinsfile}
                    ---
                    """);
            Files.writeString(content.resolve("repositories.yml"), "repositories:\n  - name: handbook\n    url: "
                    + REPOS.resolve("handbook.git").toUri() + "\n    owner: docs-team\n");
            Files.createDirectories(REPOS);
            try (TestRepo handbook = TestRepo.create(REPOS, "handbook")) {
                handbook.write("Jenkinsfile", "pipeline {}\n").commit("Start", T);
                handbook.push();
            }
            Files.writeString(DIR.resolve("webhook.secret"), SECRET + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "signpost.content.dir", DIR.resolve("content").toString(),
                "signpost.campaigns.work-dir", DIR.resolve("work").toString(),
                "signpost.campaigns.demo-repositories", "false",
                "signpost.campaigns.webhook-secret-file", DIR.resolve("webhook.secret").toString());
    }
}
