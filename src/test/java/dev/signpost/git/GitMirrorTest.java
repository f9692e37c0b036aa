package dev.signpost.git;

import dev.signpost.content.source.TestRepo;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectIdRef;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bare mirror: fetching the default branch, a branch or a tag, force-pushes, and failures in plain words. */
class GitMirrorTest {

    private static final Instant T = Instant.parse("2026-10-01T10:00:00Z");

    @TempDir
    Path dir;

    private GitMirror mirror(TestRepo repo) throws Exception {
        return new GitMirror(dir.resolve("mirror.git"), repo.url(), GitAccess.anonymous(Duration.ofSeconds(10)));
    }

    @Test
    void shouldFetchTheDefaultBranchAndRememberWhatWasServed() throws Exception {
        try (TestRepo repo = TestRepo.create(dir, "handbook")) {
            RevCommit first = repo.write("index.md", "# Home\n").commit("first", T);
            repo.push();
            try (GitMirror mirror = mirror(repo)) {
                assertTrue(mirror.served().isEmpty(), "nothing served yet");
                GitMirror.Fetched fetched = mirror.fetch(Optional.empty());
                assertEquals("refs/heads/main", fetched.ref());
                assertEquals(first.getId(), fetched.commit());
                mirror.markServed(fetched);
            }
            try (GitMirror again = mirror(repo)) {
                assertEquals(Optional.of(new GitMirror.Fetched("refs/heads/main", first.getId())), again.served(), "kept across a restart");
            }
        }
    }

    @Test
    void shouldFetchANamedBranchOrTag() throws Exception {
        try (TestRepo repo = TestRepo.create(dir, "handbook")) {
            repo.write("index.md", "one\n").commit("one", T);
            repo.push();
            RevCommit tagged = repo.write("index.md", "two\n").commit("two", T.plusSeconds(60));
            repo.pushTag("v2");
            RevCommit release = repo.branch("release").write("index.md", "three\n").commit("three", T.plusSeconds(120));
            repo.push();
            try (GitMirror mirror = mirror(repo)) {
                assertEquals(new GitMirror.Fetched("refs/heads/release", release.getId()), mirror.fetch(Optional.of("release")));
                assertEquals(new GitMirror.Fetched("refs/tags/v2", tagged.getId()), mirror.fetch(Optional.of("v2")));
                GitFailure missing = assertThrows(GitFailure.class, () -> mirror.fetch(Optional.of("nope")));
                assertEquals("The branch or tag 'nope' does not exist in the repository (any more).", missing.getMessage());
            }
        }
    }

    @Test
    void shouldTakeAForcePushAndSayWhenTheBranchIsGone() throws Exception {
        try (TestRepo repo = TestRepo.create(dir, "handbook")) {
            repo.write("a.md", "a\n").commit("a", T);
            repo.write("b.md", "b\n").commit("b", T.plusSeconds(60));
            repo.branch("release").push();
            try (GitMirror mirror = mirror(repo)) {
                mirror.fetch(Optional.of("release"));
                RevCommit rewritten = repo.resetToParent().write("c.md", "c\n").commit("c instead of b", T.plusSeconds(120));
                repo.push();
                assertEquals(rewritten.getId(), mirror.fetch(Optional.of("release")).commit(), "history rewritten, fetched anyway");
                repo.deleteRemoteBranch("release");
                GitFailure gone = assertThrows(GitFailure.class, () -> mirror.fetch(Optional.of("release")));
                assertTrue(gone.getMessage().contains("'release' does not exist"), gone.getMessage());
            }
        }
    }

    @Test
    void shouldFailInPlainWordsWhenTheRemoteIsGone() throws Exception {
        try (TestRepo repo = TestRepo.create(dir, "handbook")) {
            repo.write("a.md", "a\n").commit("a", T);
            repo.push();
            try (GitMirror mirror = mirror(repo)) {
                mirror.fetch(Optional.empty());
                repo.deleteRemote();
                GitFailure failure = assertThrows(GitFailure.class, () -> mirror.fetch(Optional.empty()));
                assertTrue(failure.getMessage().startsWith("There is no repository at this URL"), failure.getMessage());
            }
        }
    }

    @Test
    void shouldNeverShowCredentialsInAFailure() throws Exception {
        try (GitMirror mirror = new GitMirror(dir.resolve("m.git"), "http://robot:s3cr3t-token@127.0.0.1:9/acme/handbook.git",
                GitAccess.anonymous(Duration.ofSeconds(2)))) {
            GitFailure failure = assertThrows(GitFailure.class, () -> mirror.fetch(Optional.empty()));
            assertFalse(failure.getMessage().contains("s3cr3t-token"), failure.getMessage());
            assertFalse(failure.getMessage().contains("robot"), failure.getMessage());
            assertTrue(failure.getMessage().startsWith("The server could not be reached"), failure.getMessage());
        }
    }

    @Test
    void shouldFindTheDefaultBranchWhenTheServerDoesNotNameIt() throws Exception {
        ObjectId a = ObjectId.fromString("1111111111111111111111111111111111111111");
        ObjectId b = ObjectId.fromString("2222222222222222222222222222222222222222");
        Map<String, Ref> refs = new LinkedHashMap<>();
        refs.put("HEAD", new ObjectIdRef.Unpeeled(Ref.Storage.NETWORK, "HEAD", b));
        refs.put("refs/heads/feature", new ObjectIdRef.Unpeeled(Ref.Storage.NETWORK, "refs/heads/feature", b));
        refs.put("refs/heads/main", new ObjectIdRef.Unpeeled(Ref.Storage.NETWORK, "refs/heads/main", b));
        refs.put("refs/heads/old", new ObjectIdRef.Unpeeled(Ref.Storage.NETWORK, "refs/heads/old", a));
        assertEquals("refs/heads/main", GitMirror.pick(refs, Optional.empty()), "main first among branches at HEAD's commit");
        refs.remove("refs/heads/main");
        assertEquals("refs/heads/feature", GitMirror.pick(refs, Optional.empty()));
        GitFailure empty = assertThrows(GitFailure.class, () -> GitMirror.pick(Map.of(), Optional.empty()));
        assertEquals("The repository is empty: it has no branch to read.", empty.getMessage());
    }
}
