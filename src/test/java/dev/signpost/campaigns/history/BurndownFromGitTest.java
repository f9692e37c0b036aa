package dev.signpost.campaigns.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.signpost.campaigns.checks.CheckParser;
import dev.signpost.content.source.TestRepo;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Repositories with commits at chosen dates, and the exact weekly numbers their burn-down must show. */
class BurndownFromGitTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 5); // a Monday
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 4); // a Wednesday
    private static final Evaluator.CheckSet MOVE_OFF_JENKINS = new Evaluator.CheckSet("v1", CheckParser.parse(List.of(
            Map.of("title", "No Jenkinsfile", "absent", "**/Jenkinsfile"),
            Map.of("title", "Builds on GitHub Actions", "exists", ".github/workflows/*.{yml,yaml}"),
            Map.of("title", "README", "exists", "README.md", "required", false))).checks());

    @TempDir
    Path dir;

    private static Instant at(String day) {
        return LocalDate.parse(day).atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    @Test
    void weeklyPointsCountTheRepositoriesThatExistedAndThoseDone() throws IOException {
        // migrates: Jenkins from the start, a workflow in week 5, the Jenkinsfile gone in week 8
        TestRepo payments = TestRepo.create(dir, "payments");
        payments.write("Jenkinsfile", "pipeline {}").write("src/App.java", "class App {}").commit("start", at("2025-11-03"));
        payments.write(".github/workflows/ci.yml", "jobs: {}").commit("add actions", at("2026-02-04"));
        payments.delete("Jenkinsfile").commit("drop jenkins", at("2026-02-25"));
        payments.push();
        // born on GitHub Actions in week 3
        TestRepo search = TestRepo.create(dir, "search");
        search.write(".github/workflows/ci.yaml", "jobs: {}").commit("start", at("2026-01-21"));
        search.push();
        // never moves
        TestRepo legacy = TestRepo.create(dir, "legacy");
        legacy.write("ci/Jenkinsfile", "pipeline {}").commit("start", at("2025-06-01"));
        legacy.write("README.md", "x").commit("docs", at("2026-02-10"));
        legacy.push();

        List<WeekPoints.Point> points = WeekPoints.of(START, 52, TODAY);
        assertEquals(List.of("2026-01-05", "2026-01-12", "2026-01-19", "2026-01-26", "2026-02-02", "2026-02-09", "2026-02-16",
                "2026-02-23", "2026-03-02", "2026-03-04"), points.stream().map(p -> p.day().toString()).toList());

        Evaluator evaluator = new Evaluator(64 * 1024);
        List<List<Optional<RepoResult>>> series = new ArrayList<>();
        for (TestRepo repo : List.of(payments, search, legacy)) {
            series.add(series(evaluator, repo, points));
        }
        Burndown burndown = Burndown.of(points, series);

        assertEquals(List.of(2, 2, 2, 3, 3, 3, 3, 3, 3, 3), burndown.weeks().stream().map(Burndown.Week::total).toList());
        assertEquals(List.of(0, 0, 0, 1, 1, 1, 1, 1, 2, 2), burndown.weeks().stream().map(Burndown.Week::done).toList());
        assertTrue(burndown.weeks().get(9).today());
        assertEquals(6, evaluator.size(), "each distinct commit evaluated once: payments 3, search 1, legacy 2");
    }

    @Test
    void theProjectionFollowsTheRecentPace() {
        List<Burndown.Week> weeks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            weeks.add(new Burndown.Week(START.plusWeeks(i), 12, i * 2, false));
        }
        Burndown burndown = new Burndown(weeks);

        assertEquals(Optional.of(START.plusWeeks(6)), burndown.projectedDone());
        assertEquals(Burndown.Outlook.ON_TRACK, burndown.outlook(START.plusWeeks(6)));
        assertEquals(Burndown.Outlook.AT_RISK, burndown.outlook(START.plusWeeks(5)));
        assertEquals(Burndown.Outlook.UNKNOWN, burndown.outlook(null));
        List<Burndown.Week> finished = new ArrayList<>(weeks);
        finished.add(new Burndown.Week(START.plusWeeks(6), 12, 12, true));
        assertEquals(Burndown.Outlook.DONE, new Burndown(finished).outlook(START));
        Burndown flat = new Burndown(List.of(new Burndown.Week(START, 4, 1, false), new Burndown.Week(START.plusWeeks(1), 4, 1, false),
                new Burndown.Week(START.plusWeeks(2), 4, 1, false)));
        assertFalse(flat.projectedDone().isPresent());
        assertEquals(Burndown.Outlook.AT_RISK, flat.outlook(START.plusYears(1)), "nothing moved lately");
    }

    private static List<Optional<RepoResult>> series(Evaluator evaluator, TestRepo repo, List<WeekPoints.Point> points) throws IOException {
        try (Repository git = new FileRepositoryBuilder().setGitDir(repo.bare.toFile()).setBare().build()) {
            RepoHistory history = RepoHistory.read(git, git.resolve("refs/heads/main"), 10_000);
            List<Optional<RepoResult>> out = new ArrayList<>();
            for (WeekPoints.Point point : points) {
                Optional<RepoHistory.Entry> head = point.today() ? history.head() : history.headBefore(point.before());
                out.add(head.isEmpty() ? Optional.empty()
                        : Optional.of(evaluator.evaluate(repo.bare.getFileName().toString(), git, head.get().commit(), List.of(MOVE_OFF_JENKINS)).get(0)));
            }
            return out;
        }
    }
}
