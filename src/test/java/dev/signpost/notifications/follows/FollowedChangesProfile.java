package dev.signpost.notifications.follows;

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
 * A content folder the tests change: two SIGs, a tool tagged for both, a roadmap item of one, and a campaign of one over
 * four repositories made here with JGit, three of which moved off the old tool between October and November 2026 (on
 * track for its target in June 2027, as the test clock's 28 November 2026 sees it). Slugs start with {@code follow-} so
 * that they meet nothing another test class recorded in the shared test database.
 */
public class FollowedChangesProfile implements QuarkusTestProfile {

    static final Path DIR = Path.of("target", "test-content", "followed-changes").toAbsolutePath();
    static final Path CONTENT = DIR.resolve("content");

    static final String TOOL = """
            ---
            title: Follow CI
            ring: %s
            category: CI/CD
            tags: [ci, follow-platform, follow-quality-sig]
            history:
              - {date: 2026-01-05, ring: supported}
            %s---
            %s
            """;
    static final String ITEM = """
            ---
            title: Follow item
            status: %s
            start: 2026-Q3
            target: %s
            team: ci-platform
            sig: follow-platform
            tags: [ci]
            updates:
              - {date: 2026-09-01, status: in-progress}
            %s---
            Runners for everyone.
            """;
    static final String CAMPAIGN = """
            ---
            title: Follow move
            from: follow-ci
            to: follow-next
            sig: follow-platform
            start: 2026-09-07
            target: %s
            checks:
              - {title: No Jenkinsfile, absent: "**/Jenkinsfile"}
            ---
            Move.
            """;

    @Override
    public Map<String, String> getConfigOverrides() {
        try {
            TestFolders.fresh(DIR);
            Files.createDirectories(CONTENT.resolve("tools"));
            Files.createDirectories(CONTENT.resolve("roadmap"));
            Files.createDirectories(CONTENT.resolve("sigs"));
            Files.createDirectories(CONTENT.resolve("campaigns"));
            Files.writeString(CONTENT.resolve("index.md"), "# Home\n");
            Files.writeString(CONTENT.resolve("sigs/follow-platform.md"), "---\ntitle: Follow Platform SIG\nmission: Platforms.\n---\nCharter.\n");
            Files.writeString(CONTENT.resolve("sigs/follow-quality.md"), "---\ntitle: Follow Quality SIG\nmission: Quality.\n---\nCharter.\n");
            Files.writeString(CONTENT.resolve("tools/follow-ci.md"), TOOL.formatted("supported", "", "The old CI."));
            Files.writeString(CONTENT.resolve("tools/follow-next.md"), "---\ntitle: Follow Next\nring: preferred\ncategory: CI/CD\n---\nNew.\n");
            Files.writeString(CONTENT.resolve("roadmap/follow-item.md"), ITEM.formatted("in-progress", "2027-Q2", ""));
            Files.writeString(CONTENT.resolve("campaigns/follow-move.md"), CAMPAIGN.formatted("2027-06-30"));
            Path repos = Files.createDirectories(DIR.resolve("repos"));
            StringBuilder inventory = new StringBuilder("repositories:\n");
            String[] moved = {"2026-10-07", "2026-10-21", "2026-11-04", null};
            for (int i = 0; i < moved.length; i++) {
                String name = "r" + (i + 1);
                try (TestRepo repo = TestRepo.create(repos, name)) {
                    repo.write("Jenkinsfile", "pipeline {}\n").commit("Start", at("2026-09-01"));
                    if (moved[i] != null) {
                        repo.delete("Jenkinsfile").write(".github/workflows/ci.yml", "jobs: {}\n").commit("Move", at(moved[i]));
                    }
                    repo.push();
                }
                inventory.append("  - name: ").append(name).append("\n    url: ").append(repos.resolve(name + ".git").toUri())
                        .append("\n    owner: ci-platform\n");
            }
            Files.writeString(CONTENT.resolve("repositories.yml"), inventory.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "signpost.content.dir", CONTENT.toString(),
                "signpost.campaigns.work-dir", DIR.resolve("work").toString(),
                "signpost.campaigns.demo-repositories", "false",
                // the two SIGs have webhooks, so their chat messages are queued (nothing dispatches them in these tests)
                "signpost.notifications.chat.hooks.\"follow-platform\".url", "http://127.0.0.1:18089/follow-platform",
                "signpost.notifications.chat.hooks.\"follow-quality\".url", "http://127.0.0.1:18089/follow-quality");
    }

    private static Instant at(String day) {
        return Instant.parse(day + "T12:00:00Z");
    }
}
