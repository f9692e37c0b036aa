package dev.signpost.content.source;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The newest change of each file, computed by walking history, advanced by new commits, and kept in a file. */
class FileHistoryTest {

    private static final Instant T = Instant.parse("2026-09-01T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void shouldCreditEachFileWithTheNewestCommitThatChangedIt() throws Exception {
        try (TestRepo repo = TestRepo.create(dir, "h")) {
            RevCommit first = repo.write("docs/a.md", "a\n").write("docs/b.md", "b\n").write("docs/c.md", "c\n").commit("first", "Ada", T);
            RevCommit second = repo.write("docs/a.md", "a2\n").write("other.md", "o\n").commit("second", "Bob", T.plusSeconds(3600));
            RevCommit third = repo.write("docs/b.md", "b2\n").commit("third", "Cy", T.plusSeconds(7200));
            try (Repository r = open(repo)) {
                FileHistory history = FileHistory.compute(r, third, "docs", Set.of("docs/a.md", "docs/b.md", "docs/c.md"));
                assertEquals(new FileHistory.Change(second.getName(), T.plusSeconds(3600), "Bob"), history.of("docs/a.md"));
                assertEquals(new FileHistory.Change(third.getName(), T.plusSeconds(7200), "Cy"), history.of("docs/b.md"));
                assertEquals(new FileHistory.Change(first.getName(), T, "Ada"), history.of("docs/c.md"), "unchanged since the first commit");
                assertEquals(null, history.of("other.md"), "outside the folder");
            }
        }
    }

    @Test
    void shouldCreditTheBranchCommitNotTheMergeThatOnlyTookIt() throws Exception {
        try (TestRepo repo = TestRepo.create(dir, "h")) {
            repo.write("a.md", "a\n").write("b.md", "b\n").commit("base", "Ada", T);
            RevCommit feature = repo.branch("feature").write("a.md", "a from feature\n").commit("feature", "Fay", T.plusSeconds(60));
            repo.branch("main").write("b.md", "b on main\n").commit("main", "Max", T.plusSeconds(120));
            RevCommit merge;
            try (Git git = Git.open(repo.work.toFile())) {
                PersonIdent merger = new PersonIdent("Mia", "mia@example.com", T.plusSeconds(180), ZoneOffset.UTC);
                MergeResult result = git.merge().include(feature).setCommit(false).call();
                assertTrue(result.getMergeStatus().isSuccessful(), result.toString());
                merge = git.commit().setMessage("merge").setAuthor(merger).setCommitter(merger).call();
            }
            try (Repository r = open(repo)) {
                FileHistory history = FileHistory.compute(r, merge, "", Set.of("a.md", "b.md"));
                assertEquals("Fay", history.of("a.md").author(), "the feature commit wrote it; the merge only took it");
                assertEquals(feature.getName(), history.of("a.md").commit());
                assertEquals("Max", history.of("b.md").author());
            }
        }
    }

    @Test
    void shouldAdvanceByTheNewCommitsOnlyToWhatAFullWalkGives() throws Exception {
        try (TestRepo repo = TestRepo.create(dir, "h")) {
            repo.write("a.md", "a\n").write("b.md", "b\n").commit("one", "Ada", T);
            RevCommit two = repo.write("a.md", "a2\n").commit("two", "Bob", T.plusSeconds(60));
            RevCommit three = repo.write("b.md", "b2\n").commit("three", "Cy", T.plusSeconds(120));
            try (Repository r = open(repo)) {
                FileHistory before = FileHistory.compute(r, two, "", Set.of("a.md", "b.md"));
                FileHistory advanced = before.advance(r, three);
                assertEquals(FileHistory.compute(r, three, "", Set.of("a.md", "b.md")).changes(), advanced.changes());
                assertEquals(Set.of("b.md"), advanced.touchedSince(before));
                assertTrue(before.canAdvanceTo(r, three));
                assertFalse(advanced.canAdvanceTo(r, two), "going back is not advancing (a force-push walks again)");
            }
        }
    }

    @Test
    void shouldComeBackFromItsFileAsItWasWritten() throws Exception {
        FileHistory history = new FileHistory(ObjectId.fromString("4444444444444444444444444444444444444444"), "docs",
                java.util.Map.of("docs/odd\tname.md", new FileHistory.Change("5555555555555555555555555555555555555555", T, "Zoë \\ Tab\t"),
                        "docs/a.md", new FileHistory.Change("6666666666666666666666666666666666666666", T.plusSeconds(5), null)));
        Path file = dir.resolve("h.history");
        FileHistoryFile.write(file, history);
        assertEquals(Optional.of(history), FileHistoryFile.read(file));
        java.nio.file.Files.writeString(file, "garbage");
        assertEquals(Optional.empty(), FileHistoryFile.read(file), "an unreadable file is ignored");
    }

    private static Repository open(TestRepo repo) throws Exception {
        return new FileRepositoryBuilder().setGitDir(repo.work.resolve(".git").toFile()).build();
    }
}
