package dev.signpost.campaigns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.signpost.campaigns.checks.CheckParser;
import dev.signpost.campaigns.history.Evaluator;
import dev.signpost.content.Document;
import dev.signpost.content.DocumentParser;
import dev.signpost.content.ReviewInterval;
import dev.signpost.content.markdown.MarkdownRenderer;
import dev.signpost.content.source.TestRepo;
import dev.signpost.git.GitAccess;
import dev.signpost.git.GitFailure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Repositories that move, that cannot be fetched any more, and that never could, on a board built from real mirrors. */
class BoardBuilderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 4);

    @TempDir
    Path dir;

    @Test
    void anUnreachableRepositoryKeepsItsLastResultAndOneNeverFetchedCountsNowhere() throws Exception {
        TestRepo moved = TestRepo.create(dir, "moved");
        moved.write("Jenkinsfile", "pipeline {}").commit("start", at("2026-01-07"));
        moved.delete("Jenkinsfile").write(".github/workflows/ci.yml", "jobs: {}").commit("move", at("2026-02-11"));
        moved.push();
        TestRepo stuck = TestRepo.create(dir, "stuck");
        stuck.write("Jenkinsfile", "pipeline {}").commit("start", at("2026-01-07"));
        stuck.push();

        Repository a = new Repository("moved", moved.url(), "team-a", List.of(), "", "");
        Repository b = new Repository("stuck", stuck.url(), "team-b", List.of(), "", "");
        Repository never = new Repository("never", dir.resolve("nowhere.git").toUri().toString(), "team-b", List.of(), "", "");
        RepositoryFetcher fetcher = new RepositoryFetcher(dir.resolve("work"), GitAccess.anonymous(Duration.ofSeconds(10)), false);
        Map<String, RepoState> states = new HashMap<>();
        for (Repository r : List.of(a, b)) {
            states.put(r.name(), RepoState.unknown(r).fetched(fetcher.fetch(r), Instant.now()));
        }
        Instant failedAt = at("2026-03-03");
        GitFailure failure = assertThrows(GitFailure.class, () -> fetcher.fetch(never));
        states.put(never.name(), RepoState.unknown(never).failed(failure.getMessage(), failedAt));
        states.put(b.name(), states.get(b.name()).failed("The server did not answer.", failedAt));

        Campaigns campaigns = new Campaigns(Map.of("move", campaign()), List.of(a, b, never), List.of());
        Board board = new BoardBuilder(new Evaluator(64 * 1024), fetcher::open).build(campaigns, states, TODAY, Instant.now());
        CampaignProgress progress = board.progress("move").orElseThrow();

        assertEquals(2, progress.total(), "the one never fetched is counted nowhere");
        assertEquals(1, progress.done());
        assertEquals(2, progress.unknown());
        CampaignProgress.RepoStatus stale = progress.repositories().get(1);
        assertTrue(stale.known(), "its last result stays");
        assertEquals(failedAt, stale.unknownSince());
        assertEquals("unknown", RepoFilter.statusOf(stale));
        CampaignProgress.RepoStatus unknown = progress.repositories().get(2);
        assertFalse(unknown.known());
        assertEquals(List.of(0, 2, 2, 2, 2, 2, 2, 2, 2, 2), progress.burndown().weeks().stream().map(w -> w.total()).toList(),
                "neither existed before 5 January; the stale one still counts: " + progress.burndown().weeks());
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 1, 1, 1, 1), progress.burndown().weeks().stream().map(w -> w.done()).toList());
        assertEquals(1, progress.burndown().latest().orElseThrow().done());

        Campaigns without = new Campaigns(Map.of("move", campaign()), List.of(a), List.of());
        assertEquals(1, new BoardBuilder(new Evaluator(64 * 1024), fetcher::open).build(without, states, TODAY, Instant.now())
                .progress("move").orElseThrow().repositories().size(), "a repository removed from the inventory is gone");
    }

    private static Campaign campaign() throws Exception {
        String text = """
                ---
                title: Move
                from: jenkins
                to: github-actions
                start: 2026-01-05
                checks:
                  - {title: No Jenkinsfile, absent: "**/Jenkinsfile"}
                ---
                """;
        Document doc = new DocumentParser(new MarkdownRenderer(), ReviewInterval.parse("180d"))
                .parse("campaigns/move.md", text.getBytes(StandardCharsets.UTF_8), new Document.FileStamp(1, Instant.EPOCH)).document();
        return CampaignParser.parse("move", doc, new CampaignParser.Known(Map.of("jenkins", "Jenkins", "github-actions", "GitHub Actions"),
                Set.of(), Set.of())).campaign().orElseThrow();
    }

    private static Instant at(String day) {
        return LocalDate.parse(day).atTime(12, 0).toInstant(ZoneOffset.UTC);
    }
}
