package dev.signpost.content.source;

import dev.signpost.content.ContentProblem;
import dev.signpost.content.ContentSnapshot;
import dev.signpost.content.ContentStore;
import dev.signpost.content.NavNode;
import dev.signpost.content.Document;
import dev.signpost.content.DocumentParser;
import dev.signpost.content.markdown.MarkdownRenderer;
import dev.signpost.content.ReviewInterval;
import dev.signpost.content.SourceStatus;
import org.awaitility.Awaitility;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A git source against real repositories on disk ({@code file://}), with a store of its own: first load, last changes
 * from history, refreshes that read only what changed, and the last good content when the remote is gone, also after
 * a restart.
 */
class GitSourceTest {

    private static final Instant T = Instant.parse("2026-10-01T10:00:00Z");

    @TempDir
    Path dir;

    private final List<GitSource> started = new ArrayList<>();
    /** What the sources told of their fetches (the metrics' feed). */
    private final List<dev.signpost.content.SourceFetched> fetches = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ExecutorService parsePool = Executors.newFixedThreadPool(2);
    private final SourceRuntime runtime = new SourceRuntime(Executors.newScheduledThreadPool(1), Executors.newFixedThreadPool(2),
            Duration.ofMillis(20), Clock.systemUTC(), null);

    @AfterEach
    void stop() {
        started.forEach(GitSource::stop);
        parsePool.shutdownNow();
        runtime.timer().shutdownNow();
        runtime.fetchPool().shutdownNow();
    }

    private GitSource source(ContentStore store, String url, Consumer<TestSettings> settings) throws Exception {
        TestSettings raw = new TestSettings(url);
        settings.accept(raw);
        Path work = dir.resolve("work");
        SourceRuntime rt = new SourceRuntime(runtime.timer(), runtime.fetchPool(), runtime.minFetchGap(), runtime.clock(), work, fetches::add);
        GitSource source = SourceAssembly.gitSource(TestSettings.of("handbook", raw), Duration.ofSeconds(10), work,
                new DocumentParser(new MarkdownRenderer(), ReviewInterval.parse("180d")), 1 << 20, parsePool, store, rt);
        started.add(source);
        return source;
    }

    private static void firstLoad(ContentStore store, GitSource source) throws Exception {
        store.beginFirstLoad();
        source.start();
        store.endFirstLoad();
    }

    private static Document doc(ContentStore store, String path) {
        return store.snapshot().documents().get(path);
    }

    @Test
    void shouldServeItsFolderAtItsMountWithEachPagesLastChange() throws Exception {
        try (TestRepo repo = TestRepo.create(dir, "handbook")) {
            repo.write("mkdocs.yml", "site_name: Handbook\n").write("docs/index.md", "# Handbook\n").write("docs/deploy.md", "# Deploy\n")
                    .write("docs/img/flow.png", "png").write("README.md", "# Not docs\n");
            repo.commit("start", "Ada Lovelace", T);
            RevCommit edit = repo.write("docs/deploy.md", "# Deploy\n\nRoll back first.\n").commit("edit", "Grace Hopper", T.plusSeconds(86400));
            repo.push();
            ContentStore store = new ContentStore(Clock.systemUTC());
            GitSource source = source(store, repo.url(), s -> s.owner = java.util.Optional.of("docs-team"));
            firstLoad(store, source);
            ContentSnapshot snapshot = store.snapshot();
            assertEquals(List.of("handbook/deploy.md", "handbook/index.md", "handbook/mkdocs.yml"),
                    snapshot.documents().keySet().stream().sorted().toList(),
                    "docs/ of a repository with mkdocs.yml, mounted at handbook, and the mkdocs.yml beside it (never served)");
            assertEquals(2, snapshot.byUrl().size());
            assertTrue(snapshot.page("/docs/handbook/deploy").isPresent());
            assertTrue(snapshot.assets().containsKey("handbook/img/flow.png"));
            assertEquals("docs-team", doc(store, "handbook/deploy.md").owner(), "the source's owner for pages that name none");
            assertTrue(source.open("handbook/img/flow.png").isPresent(), "files next to the pages come from the mirror");
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> doc(store, "handbook/deploy.md").origin().updated() != null);
            Document deploy = doc(store, "handbook/deploy.md");
            assertEquals("Grace Hopper", deploy.origin().author());
            assertEquals(edit.getName(), deploy.origin().commit());
            assertEquals(T.plusSeconds(86400), deploy.origin().updated());
            assertEquals("docs/deploy.md", deploy.origin().file());
            assertEquals("Ada Lovelace", doc(store, "handbook/index.md").origin().author());
            SourceStatus status = source.status();
            assertEquals("refs/heads/main", status.ref());
            assertEquals(edit.getName(), status.commit());
            assertFalse(status.degraded());
        }
    }

    @Test
    void shouldIncludeSnippetsFromTheSameTreeOnlyAndReportOnesOutsideIt() throws Exception {
        try (TestRepo repo = TestRepo.create(dir, "handbook")) {
            repo.write("mkdocs.yml", "site_name: Handbook\n").write("README.md", "REPOSITORY README\n")
                    .write("docs/snippets/steps.md", "Run **make**.\n")
                    .write("docs/index.md", "# Handbook\n\n--8<-- \"snippets/steps.md\"\n\n--8<-- \"../README.md\"\n");
            repo.commit("start", "Ada Lovelace", T);
            repo.push();
            ContentStore store = new ContentStore(Clock.systemUTC());
            GitSource source = source(store, repo.url(), s -> { });
            firstLoad(store, source);
            Document index = doc(store, "handbook/index.md");
            assertTrue(index.html().contains("Run <strong>make</strong>."), index.html());
            assertFalse(index.html().contains("REPOSITORY README"), "docs/ is the source: the repository's README is outside it");
            assertTrue(store.snapshot().allProblems().stream().anyMatch(p -> p.path().equals("handbook/index.md")
                    && p.message().contains("../README.md") && !p.fatal()), store.snapshot().allProblems().toString());
        }
    }

    @Test
    void shouldOrderItsNavigationByTheMkdocsYmlAtTheTopAndFollowAPushThatChangesIt() throws Exception {
        try (TestRepo repo = TestRepo.create(dir, "handbook")) {
            repo.write("mkdocs.yml", "site_name: Platform handbook\nnav:\n  - Home: index.md\n  - z.md\n  - a.md\n")
                    .write("docs/index.md", "# Home\n").write("docs/a.md", "# Alpha\n").write("docs/z.md", "# Zulu\n");
            repo.commit("start", T);
            repo.push();
            ContentStore store = new ContentStore(Clock.systemUTC());
            GitSource source = source(store, repo.url(), s -> { });
            firstLoad(store, source);
            NavNode handbook = store.snapshot().navigation().get(0);
            assertEquals("Platform handbook", handbook.title());
            assertEquals(List.of("Home", "Zulu", "Alpha"), handbook.children().stream().map(NavNode::title).toList());

            repo.write("mkdocs.yml", "site_name: Platform handbook\nnav:\n  - a.md\n").commit("nav", T.plusSeconds(60));
            repo.push();
            source.requestRefresh("test");
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                    store.snapshot().navigation().get(0).children().get(0).title().equals("Alpha"));
            assertEquals(List.of("Alpha", "Zulu"), store.snapshot().navigation().get(0).children().stream().map(NavNode::title).toList(),
                    "pages the nav no longer lists follow it");
            assertEquals("/docs/handbook", store.snapshot().navigation().get(0).url(), "the folder's index is the section's page");

            repo.delete("mkdocs.yml").commit("no mkdocs", T.plusSeconds(120));
            repo.push();
            source.requestRefresh("test");
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> doc(store, "handbook/mkdocs.yml") == null);
        }
    }

    @Test
    void shouldReadOnlyTheFilesAPushChanged() throws Exception {
        try (TestRepo repo = TestRepo.create(dir, "handbook")) {
            repo.write("a.md", "# A\n").write("b.md", "# B\n").write("gone.md", "# Gone\n").commit("start", T);
            repo.push();
            ContentStore store = new ContentStore(Clock.systemUTC());
            GitSource source = source(store, repo.url(), s -> { });
            firstLoad(store, source);
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> doc(store, "handbook/b.md").origin().updated() != null);
            Document untouched = doc(store, "handbook/b.md");
            repo.write("a.md", "# A, edited\n").delete("gone.md").write("new.md", "# New\n").commit("edit", "Bob", T.plusSeconds(60));
            repo.push();
            source.requestRefresh("test");
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> doc(store, "handbook/new.md") != null);
            assertEquals("A, edited", doc(store, "handbook/a.md").title());
            assertNull(doc(store, "handbook/gone.md"), "a deleted file is gone");
            assertSame(untouched, doc(store, "handbook/b.md"), "a file the push did not touch is not read again");
            assertEquals("Bob", doc(store, "handbook/a.md").origin().author(), "the history advanced with the push");
        }
    }

    @Test
    void shouldKeepTheLastGoodContentWhenTheRemoteIsGoneAndServeItFromTheMirrorAfterARestart() throws Exception {
        try (TestRepo repo = TestRepo.create(dir, "handbook")) {
            RevCommit commit = repo.write("guide.md", "# Guide\n").commit("start", T);
            repo.push();
            ContentStore store = new ContentStore(Clock.systemUTC());
            GitSource source = source(store, repo.url(), s -> { });
            firstLoad(store, source);
            assertEquals(1, fetches.size(), "the first load's fetch: " + fetches);
            assertEquals("handbook", fetches.get(0).source());
            assertTrue(fetches.get(0).succeeded());
            assertTrue(fetches.get(0).took().toNanos() > 0);
            repo.deleteRemote();
            source.requestRefresh("test");
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> source.status().degraded());
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> fetches.size() >= 2);
            assertFalse(fetches.get(1).succeeded(), "a failed fetch is told as one: " + fetches);
            assertNotNull(doc(store, "handbook/guide.md"), "still served");
            SourceStatus failing = source.status();
            assertTrue(failing.failure().startsWith("There is no repository at this URL"), failing.failure());
            assertNotNull(failing.failingSince());
            assertNotNull(failing.nextAttempt());
            source.stop();

            ContentStore restarted = new ContentStore(Clock.systemUTC());
            GitSource again = source(restarted, repo.url(), s -> { });
            firstLoad(restarted, again);
            assertNotNull(doc(restarted, "handbook/guide.md"), "served from the mirror with the remote still gone");
            assertEquals(commit.getName(), again.status().commit());
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> again.status().degraded());
            assertNotNull(doc(restarted, "handbook/guide.md"));
            assertEquals("Alice Author", doc(restarted, "handbook/guide.md").origin().author(), "the history file survived too");
        }
    }

    @Test
    void shouldTakeAForcePushAndKeepContentWhenItsBranchIsDeleted() throws Exception {
        try (TestRepo repo = TestRepo.create(dir, "handbook")) {
            repo.write("a.md", "# A\n").commit("a", T);
            repo.write("b.md", "# B\n").commit("b", T.plusSeconds(60));
            repo.branch("release").push();
            ContentStore store = new ContentStore(Clock.systemUTC());
            GitSource source = source(store, repo.url(), s -> s.ref = java.util.Optional.of("release"));
            firstLoad(store, source);
            assertNotNull(doc(store, "handbook/b.md"));
            repo.resetToParent().write("c.md", "# C\n").commit("c instead of b", "Cy", T.plusSeconds(120));
            repo.push();
            source.requestRefresh("test");
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> doc(store, "handbook/c.md") != null);
            assertNull(doc(store, "handbook/b.md"), "the rewritten history no longer has b.md");
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "Cy".equals(doc(store, "handbook/c.md").origin().author()));

            repo.deleteRemoteBranch("release");
            source.requestRefresh("test");
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> source.status().degraded());
            assertTrue(source.status().failure().contains("'release' does not exist"), source.status().failure());
            assertNotNull(doc(store, "handbook/c.md"), "the last good content stays");
        }
    }

    @Test
    void shouldNeverFollowASymbolicLinkOutOfTheRepository() throws Exception {
        try (TestRepo repo = TestRepo.create(dir, "handbook")) {
            repo.write("index.md", "# Home\n").symlink("passwd.md", "/etc/passwd").symlink("notes/hosts.md", "../../../../etc/hosts");
            repo.commit("links", T);
            repo.push();
            ContentStore store = new ContentStore(Clock.systemUTC());
            GitSource source = source(store, repo.url(), s -> { });
            firstLoad(store, source);
            assertEquals(List.of("handbook/index.md"), List.copyOf(store.snapshot().documents().keySet()));
            List<ContentProblem> problems = store.snapshot().allProblems();
            assertTrue(problems.stream().anyMatch(p -> p.path().equals("handbook/passwd.md") && p.message().contains("never follows links")),
                    problems.toString());
            assertTrue(source.open("handbook/passwd.md").isEmpty());
        }
    }
}
