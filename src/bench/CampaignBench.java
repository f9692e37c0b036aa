package dev.signpost.campaigns;

import dev.signpost.campaigns.history.Evaluator;
import dev.signpost.content.Document;
import dev.signpost.content.DocumentParser;
import dev.signpost.content.ReviewInterval;
import dev.signpost.content.markdown.MarkdownRenderer;
import dev.signpost.git.GitAccess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Campaign evaluation at scale, with Signpost's own classes: REPOS generated bare repositories with a year of weekly
 * commits (written straight into the object database), three campaigns over all of them, then (1) every repository
 * fetched into its mirror and the whole board computed (52 weekly points each), (2) one repository pushed and
 * re-evaluated, (3) the heap after a GC. Usage: see run-campaign-benchmark.sh.
 */
public final class CampaignBench {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int repos = Integer.parseInt(args[1]);
        LocalDate today = LocalDate.parse(args[2]);
        Path remotes = dir.resolve("remotes");
        long t0 = System.nanoTime();
        List<Repository> inventory = new ArrayList<>();
        for (int i = 0; i < repos; i++) {
            String name = "service-" + i;
            generate(remotes.resolve(name + ".git"), i, today);
            inventory.add(new Repository(name, remotes.resolve(name + ".git").toUri().toString(), "team-" + (i % 40), List.of("service"),
                    "production", ""));
        }
        System.out.printf("generated %d repositories in %d ms%n", repos, ms(t0));

        DocumentParser parser = new DocumentParser(new MarkdownRenderer(), ReviewInterval.parse("180d"));
        CampaignParser.Known known = new CampaignParser.Known(Map.of("jenkins", "Jenkins", "github-actions", "GitHub Actions",
                "reusable-workflows", "Reusable workflows"), java.util.Set.of(), java.util.Set.of());
        Map<String, Campaign> campaigns = new java.util.TreeMap<>();
        for (String[] c : CAMPAIGNS) {
            Document doc = parser.parse("campaigns/" + c[0] + ".md", c[1].getBytes(StandardCharsets.UTF_8),
                    new Document.FileStamp(c[1].length(), Instant.now())).document();
            campaigns.put(c[0], CampaignParser.parse(c[0], doc, known).campaign().orElseThrow());
        }
        Campaigns all = new Campaigns(campaigns, List.copyOf(inventory), List.of());

        RepositoryFetcher fetcher = new RepositoryFetcher(dir.resolve("work"), GitAccess.anonymous(Duration.ofSeconds(60)), false);
        BoardBuilder builder = new BoardBuilder(new Evaluator(256 * 1024), fetcher::open);
        Map<String, RepoState> states = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);

        long t1 = System.nanoTime();
        fetchAll(pool, fetcher, inventory, states);
        long fetched = ms(t1);
        Board board = builder.build(all, Map.copyOf(states), today, Instant.now());
        long first = ms(t1);
        System.out.printf("RESULT first_evaluation_ms=%d fetch_ms=%d evaluate_ms=%d campaigns=%d repositories=%d points=%d%n", first, fetched,
                first - fetched, board.ordered().size(), repos, board.ordered().get(0).burndown().weeks().size());
        board.ordered().forEach(p -> System.out.printf("  %s: %d of %d done, outlook %s%n", p.campaign().slug(), p.done(), p.total(), p.outlook()));

        Repository pushed = inventory.get(repos / 2);
        try (org.eclipse.jgit.lib.Repository git = new FileRepositoryBuilder().setGitDir(remotes.resolve(pushed.name() + ".git").toFile())
                .setBare().build()) {
            commit(git, Map.of("README.md", "# moved\n", "src/App.java", "class App {}\n", ".github/workflows/ci.yml", workflow("v3")),
                    today.atTime(9, 0).toInstant(ZoneOffset.UTC));
        }
        long t2 = System.nanoTime();
        fetchAll(pool, fetcher, List.of(pushed), states);
        Board after = builder.build(all, Map.copyOf(states), today, Instant.now());
        System.out.printf("RESULT push_reevaluated_ms=%d (boards %s)%n", ms(t2), after.ordered().size());
        pool.shutdown();

        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("RESULT heap_after_gc_mib=%d%n", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
    }

    private static final String[][] CAMPAIGNS = {
        {"move-off-jenkins", """
            ---
            title: Move off Jenkins
            from: jenkins
            to: github-actions
            start: 2025-01-06
            target: 2027-03-31
            checks:
              - {title: No Jenkinsfile, absent: "**/Jenkinsfile"}
              - {title: Builds on GitHub Actions, exists: ".github/workflows/*.{yml,yaml}"}
            ---
            """},
        {"paved-road-deploys", """
            ---
            title: Paved-road deploys
            from: github-actions
            to: reusable-workflows
            start: 2025-01-06
            target: 2027-06-30
            checks:
              - title: Deploys through the paved road v2+
                yaml: "jobs.deploy*.uses"
                files: ".github/workflows/*.{yml,yaml}"
                matches: '^acme/paved-road/\\.github/workflows/deploy\\.yml@v([2-9]|[1-9][0-9]+)'
                every: true
              - {title: Has a workflow, exists: ".github/workflows/*.yml"}
            ---
            """},
        {"no-jenkins-urls", """
            ---
            title: No Jenkins URLs
            from: jenkins
            to: github-actions
            start: 2025-01-06
            checks:
              - {title: No Jenkins URL in scripts, lacks: 'jenkins\\.acme\\.example', files: "**/*.{sh,md}"}
            ---
            """},
    };

    private static void fetchAll(ExecutorService pool, RepositoryFetcher fetcher, List<Repository> repos, Map<String, RepoState> states)
            throws Exception {
        List<Future<?>> futures = new ArrayList<>();
        for (Repository r : repos) {
            futures.add(pool.submit(() -> {
                try {
                    states.put(r.name(), RepoState.unknown(r).fetched(fetcher.fetch(r), Instant.now()));
                } catch (Exception e) {
                    System.out.println("fetch failed: " + r.name() + ": " + e.getMessage());
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
    }

    /** A year of weekly-ish commits: Jenkins first, a workflow at some week, the Jenkinsfile gone later, paved road later. */
    private static void generate(Path bare, int index, LocalDate today) throws Exception {
        Files.createDirectories(bare);
        try (org.eclipse.jgit.lib.Repository repo = new FileRepositoryBuilder().setGitDir(bare.toFile()).setBare().build()) {
            repo.create(true);
            Random random = new Random(index);
            int created = 52 + random.nextInt(60);
            int workflow = random.nextInt(10) == 0 ? -1 : random.nextInt(56);
            int drop = workflow < 0 ? -1 : workflow - 1 - random.nextInt(8);
            int paved = workflow < 0 ? -1 : workflow - random.nextInt(20);
            Map<String, String> files = new java.util.TreeMap<>();
            files.put("README.md", "# service " + index + "\n\nAsk in https://jenkins.acme.example/job/x if it breaks.\n");
            files.put("src/App.java", "class App {}\n");
            files.put("scripts/deploy.sh", "#!/bin/sh\n./deploy production\n");
            files.put("Jenkinsfile", "pipeline {}\n");
            for (int week = created; week >= 0; week--) {
                boolean changed = week == created;
                if (week == workflow) {
                    files.put(".github/workflows/ci.yml", workflow(null));
                    changed = true;
                }
                if (week == drop) {
                    files.remove("Jenkinsfile");
                    files.put("README.md", "# service " + index + "\n");
                    changed = true;
                }
                if (week == paved && paved >= 0) {
                    files.put(".github/workflows/ci.yml", workflow("v2"));
                    changed = true;
                }
                if (changed || random.nextInt(3) == 0) {
                    files.put("src/App.java", "class App { int week = " + week + "; }\n");
                    commit(repo, files, today.minusWeeks(week).minusDays(2).atTime(10, 0).toInstant(ZoneOffset.UTC));
                }
            }
        }
    }

    private static void commit(org.eclipse.jgit.lib.Repository repo, Map<String, String> files, Instant when) throws Exception {
        try (ObjectInserter inserter = repo.newObjectInserter()) {
            ObjectId tree = tree(inserter, files, "");
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(tree);
            ObjectId head = repo.resolve("refs/heads/main");
            if (head != null) {
                commit.setParentId(head);
            }
            PersonIdent ident = new PersonIdent("Bench", "bench@example.com", when, ZoneOffset.UTC);
            commit.setAuthor(ident);
            commit.setCommitter(ident);
            commit.setMessage("change\n");
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            RefUpdate update = repo.updateRef("refs/heads/main");
            update.setNewObjectId(id);
            update.setForceUpdate(true);
            update.update();
            repo.updateRef(Constants.HEAD).link("refs/heads/main");
        }
    }

    /** Writes the tree of {@code files} under {@code prefix} (a folder path ending with '/', or empty). */
    private static ObjectId tree(ObjectInserter inserter, Map<String, String> files, String prefix) throws Exception {
        java.util.TreeMap<String, Object> entries = new java.util.TreeMap<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            if (!file.getKey().startsWith(prefix)) {
                continue;
            }
            String rest = file.getKey().substring(prefix.length());
            int slash = rest.indexOf('/');
            if (slash < 0) {
                entries.put(rest, inserter.insert(Constants.OBJ_BLOB, file.getValue().getBytes(StandardCharsets.UTF_8)));
            } else {
                entries.putIfAbsent(rest.substring(0, slash) + "/", Boolean.TRUE);
            }
        }
        TreeFormatter formatter = new TreeFormatter();
        // git sorts a folder as if its name ended with '/'
        java.util.TreeMap<String, Object> sorted = new java.util.TreeMap<>(entries);
        for (Map.Entry<String, Object> entry : sorted.entrySet()) {
            if (entry.getValue() instanceof ObjectId blob) {
                formatter.append(entry.getKey(), FileMode.REGULAR_FILE, blob);
            } else {
                String folder = entry.getKey().substring(0, entry.getKey().length() - 1);
                formatter.append(folder, FileMode.TREE, tree(inserter, files, prefix + entry.getKey()));
            }
        }
        return inserter.insert(formatter);
    }

    static String workflow(String paved) {
        return "jobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./gradlew build\n"
                + (paved == null ? "  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./deploy.sh\n"
                : "  deploy:\n    uses: acme/paved-road/.github/workflows/deploy.yml@" + paved + "\n");
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
