import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Generates a deterministic tree of Markdown pages (YAML front matter) for benchmarking Signpost.
 *
 * <pre>
 *   java src/bench/ContentGenerator.java OUT_DIR [PAGES=5000] [SEED=42] [TODAY=2026-06-30]
 * </pre>
 *
 * Layout: OUT_DIR/index.md, OUT_DIR/SECTION/index.md, OUT_DIR/SECTION/SUB/index.md and
 * OUT_DIR/SECTION/SUB/page-K.md (10 sections x 10 sub-folders, PAGES leaf pages spread evenly).
 * The output depends only on PAGES, SEED and TODAY (java.util.Random, no clock): "reviewed" dates
 * are computed back from TODAY, so pass the day the app will run (the scripts pass today's date)
 * to get the intended mix of fresh, due and long-overdue pages whatever the calendar says.
 *
 * Links: every leaf page has 2-4 relative links to other generated pages. About 12 % carry an
 * anchor (#slug) of a heading that really exists in the target page (GitHub-style slug:
 * lower case, spaces to '-'; headings are plain words, unique within a page). About 2 % of
 * pages also contain one deliberately broken link (a page that does not exist), as real
 * documentation does. If OUT_DIR exists it must be empty or previously generated; existing
 * files are not deleted (use a fresh directory).
 */
public class ContentGenerator {

    /** The day "reviewed" dates are counted back from. */
    final LocalDate today;

    static final String[] SECTIONS = {
        "platform", "ci-cd", "observability", "security", "data",
        "frontend", "runtime", "networking", "onboarding", "incident-response"
    };
    static final String[] SECTION_TITLES = {
        "Platform", "CI/CD", "Observability", "Security", "Data",
        "Frontend", "Runtime", "Networking", "Onboarding", "Incident Response"
    };
    static final String[] SUB_POOL = {
        "getting-started", "how-to", "reference", "runbooks", "architecture", "guidelines",
        "troubleshooting", "migration", "tooling", "standards", "faq", "patterns",
        "operations", "recipes", "decisions", "templates", "integrations", "checklists",
        "tutorials", "internals"
    };
    static final String[] OWNERS = {
        "team-platform", "team-delivery", "team-observability", "team-appsec", "team-data-infra",
        "team-web", "team-runtime", "team-network", "team-devex", "team-sre",
        "team-identity", "team-storage"
    };
    static final String[] TAGS = {
        "kubernetes", "helm", "terraform", "ci", "cd", "github-actions", "gitlab", "docker",
        "java", "quarkus", "spring", "go", "python", "typescript", "react", "postgres",
        "kafka", "redis", "s3", "grafana", "prometheus", "opentelemetry", "logging", "tracing",
        "alerting", "oncall", "slo", "security", "secrets", "iam", "tls", "dns", "ingress",
        "service-mesh", "cost", "backup", "migration", "testing", "performance", "golden-path"
    };
    static final String[] REVIEW_EVERY = {"90d", "6m", "1y"};

    static final String[] TOPIC_NOUNS = {
        "deployment pipeline", "service catalog", "build cache", "staging cluster", "release train",
        "feature flag", "secret rotation", "log pipeline", "trace sampler", "alert route",
        "database migration", "message broker", "object store", "ingress controller", "service mesh",
        "container image", "base image", "dependency update", "artifact registry", "runbook",
        "error budget", "on-call rotation", "canary release", "blue-green switch", "load balancer",
        "rate limiter", "connection pool", "schema registry", "backup policy", "access review",
        "certificate renewal", "DNS zone", "network policy", "cost report", "quota request",
        "health check", "readiness probe", "build agent", "test environment", "golden path"
    };
    static final String[] TITLE_VERBS = {
        "Configuring", "Operating", "Debugging", "Migrating", "Scaling", "Securing",
        "Monitoring", "Automating", "Testing", "Rolling back", "Understanding", "Provisioning"
    };
    static final String[] TITLE_SUFFIXES = {
        "", " for new services", " in production", " step by step", " at scale",
        " on the paved road", " with Helm", " for batch jobs", " across regions", " safely"
    };
    static final String[] HEADINGS = {
        "Overview", "Background", "Prerequisites", "How it works", "Configuration", "Usage",
        "Rollout", "Rollback", "Limits", "Monitoring", "Alerting", "Troubleshooting",
        "Known issues", "Security considerations", "Cost", "Ownership", "Migration steps",
        "Verification", "Examples", "Design decisions", "Failure modes", "Capacity planning",
        "Local development", "Testing", "Maintenance", "Escalation"
    };
    static final String[] SUBHEADINGS = {
        "Defaults", "Environment variables", "Common errors", "Dashboards", "Retention",
        "Timeouts", "Retries", "Permissions", "Quotas", "Naming", "Versioning", "Cleanup",
        "Checklist", "Metrics", "Logs", "Traces", "Secrets", "Networking", "Storage", "Scheduling"
    };
    static final String[] SUBJECTS = {
        "The platform team", "Each service", "The build agent", "The release pipeline",
        "Your team", "The ingress controller", "The scheduler", "The on-call engineer",
        "The deployment controller", "The sidecar", "The admission webhook", "Every repository",
        "The nightly job", "The reconciler", "The operator", "The shared cluster"
    };
    static final String[] VERBS = {
        "validates", "rotates", "publishes", "aggregates", "caches", "throttles", "replicates",
        "schedules", "annotates", "promotes", "rolls out", "scrapes", "encrypts", "signs",
        "reconciles", "compacts", "provisions", "drains", "labels", "restarts"
    };
    static final String[] OBJECTS = {
        "the container image", "all pending migrations", "the TLS certificates", "the service manifest",
        "every pull request", "the metrics endpoint", "the release notes", "stale build artifacts",
        "the feature flag state", "the connection pool", "the audit log", "the Helm values",
        "the dependency graph", "the alert rules", "the access tokens", "the backup snapshots",
        "the canary traffic", "the node pool", "the schema changes", "the rate limits"
    };
    static final String[] QUALIFIERS = {
        "before the change reaches production", "once per deployment", "on every merge to main",
        "within the agreed error budget", "without manual intervention", "during the maintenance window",
        "as part of the golden path", "after the readiness probe passes", "in every region",
        "when the queue depth exceeds the threshold", "for each tenant", "under sustained load",
        "unless the owner opts out", "with a short retention period", "before the old version drains"
    };
    static final String[] CONNECTIVES = {
        "In practice,", "By default,", "As a rule,", "In most cases,", "For example,",
        "On the other hand,", "Note that", "Historically,", "In addition,", "Consequently,"
    };
    static final String[] ADVICE = {
        "Keep the configuration in the repository next to the code.",
        "Prefer small, reversible changes over large rollouts.",
        "Ask in the team channel before changing shared defaults.",
        "Document every exception in the service catalog.",
        "Automate the check instead of adding it to a manual checklist.",
        "Pin versions explicitly and let the update bot propose upgrades.",
        "Treat warnings in the pipeline as failures once the migration is done.",
        "Link the dashboard from the service README so on-call can find it quickly.",
        "Review the alert thresholds after every incident.",
        "Never store credentials in plain text, not even in test fixtures.",
        "Run the smoke tests locally before opening the pull request.",
        "Delete unused resources; they cost money and widen the attack surface."
    };
    static final String[] ADMONITION_KINDS = {"note", "warning", "tip", "info", "danger"};
    static final String[] ADMONITION_TITLES = {
        "Before you start", "Heads up", "Good to know", "Deprecated", "Production only",
        "Breaking change", "Pro tip", "Read this first"
    };
    static final String[] CODE_LANGS = {"yaml", "bash", "java"};
    static final String[] ENV_NAMES = {"dev", "staging", "prod", "sandbox", "perf"};
    static final String[] REGIONS = {"eu-west-1", "eu-central-1", "us-east-1", "us-west-2", "ap-southeast-1"};

    record Page(int id, String file, Path dir, String title, String topic, List<String> anchors) {}

    final Random rnd;
    final Path out;
    long totalBytes;
    int files;
    int linkCount, anchorLinks, brokenLinks;

    ContentGenerator(Path out, long seed, LocalDate today) {
        this.out = out;
        this.rnd = new Random(seed);
        this.today = today;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args[0].startsWith("-")) {
            System.err.println("usage: java ContentGenerator.java OUT_DIR [PAGES=5000] [SEED=42] [TODAY=2026-06-30]");
            System.exit(2);
        }
        int pages = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        LocalDate today = args.length > 3 ? LocalDate.parse(args[3]) : LocalDate.of(2026, 6, 30);
        if (pages < 1) {
            throw new IllegalArgumentException("PAGES must be >= 1");
        }
        Path out = Paths.get(args[0]);
        Files.createDirectories(out);
        try (Stream<Path> s = Files.list(out)) {
            if (s.findAny().isPresent()) {
                System.err.println("warning: " + out + " is not empty; existing files are kept");
            }
        }
        new ContentGenerator(out, seed, today).generate(pages);
    }

    void generate(int pages) throws IOException {
        // ---- pass 1: plan the tree (names, titles, headings) so links and anchors can be correct
        List<String[]> subsBySection = new ArrayList<>();
        for (String section : SECTIONS) {
            List<String> pool = new ArrayList<>(List.of(SUB_POOL));
            Collections.shuffle(pool, rnd);
            List<String> subs = new ArrayList<>(pool.subList(0, 10));
            Collections.sort(subs);
            subsBySection.add(subs.toArray(new String[0]));
        }
        int folders = SECTIONS.length * 10;
        List<Page> all = new ArrayList<>(pages);
        List<List<Page>> byFolder = new ArrayList<>();
        int id = 0;
        for (int f = 0; f < folders; f++) {
            int count = pages / folders + (f < pages % folders ? 1 : 0);
            String section = SECTIONS[f / 10];
            String sub = subsBySection.get(f / 10)[f % 10];
            Path dir = Paths.get(section, sub);
            List<Page> folderPages = new ArrayList<>();
            for (int k = 1; k <= count; k++) {
                String topic = pick(TOPIC_NOUNS);
                String title = TITLE_VERBS[rnd.nextInt(TITLE_VERBS.length)] + " the " + topic + pick(TITLE_SUFFIXES);
                List<String> headings = planHeadings();
                Page p = new Page(id++, dir.resolve("page-" + k + ".md").toString().replace('\\', '/'),
                        dir, title, topic, headings);
                folderPages.add(p);
                all.add(p);
            }
            byFolder.add(folderPages);
        }

        // ---- pass 2: write files
        // top-level index
        StringBuilder top = new StringBuilder();
        frontMatter(top, "Signpost developer portal", "Start here: the paved road, runbooks and references.",
                "team-devex", 0, List.of("golden-path", "oncall", "ci"));
        top.append("# Signpost developer portal\n\n")
                .append(paragraph()).append("\n\n## Sections\n\n");
        for (int s = 0; s < SECTIONS.length; s++) {
            top.append("- [").append(SECTION_TITLES[s]).append("](").append(SECTIONS[s]).append("/index.md)\n");
        }
        top.append("\n").append(paragraph()).append("\n");
        write(Paths.get("index.md"), top);

        for (int s = 0; s < SECTIONS.length; s++) {
            StringBuilder si = new StringBuilder();
            frontMatter(si, SECTION_TITLES[s], "Everything about " + SECTION_TITLES[s].toLowerCase(Locale.ROOT)
                    + " on the paved road.", OWNERS[s % OWNERS.length], s + 1, pickTags());
            si.append("# ").append(SECTION_TITLES[s]).append("\n\n").append(paragraph()).append("\n\n## Topics\n\n");
            for (String sub : subsBySection.get(s)) {
                si.append("- [").append(humanize(sub)).append("](").append(sub).append("/index.md)\n");
            }
            si.append("\n[Back to the start page](../index.md)\n");
            write(Paths.get(SECTIONS[s], "index.md"), si);

            for (int j = 0; j < 10; j++) {
                String sub = subsBySection.get(s)[j];
                List<Page> folderPages = byFolder.get(s * 10 + j);
                StringBuilder fi = new StringBuilder();
                frontMatter(fi, humanize(sub) + " - " + SECTION_TITLES[s],
                        humanize(sub) + " for " + SECTION_TITLES[s].toLowerCase(Locale.ROOT) + ".",
                        OWNERS[(s + j) % OWNERS.length], j + 1, pickTags());
                fi.append("# ").append(humanize(sub)).append("\n\n").append(paragraph()).append("\n\n## Pages\n\n");
                for (Page p : folderPages) {
                    fi.append("- [").append(p.title()).append("](").append(Paths.get(p.file()).getFileName())
                            .append(")\n");
                }
                if (folderPages.isEmpty()) {
                    fi.append("_No pages yet._\n");
                }
                fi.append("\n[Up to ").append(SECTION_TITLES[s]).append("](../index.md)\n");
                write(Paths.get(SECTIONS[s], sub, "index.md"), fi);

                int order = 1;
                for (Page p : folderPages) {
                    write(Paths.get(p.file()), page(p, order++, all));
                }
            }
        }
        System.out.printf(Locale.ROOT,
                "ContentGenerator: %d files (%d pages + %d index pages) in %s, %d bytes total (avg %d bytes/page), "
                        + "%d links (%d with anchors, %d deliberately broken)%n",
                files, pages, files - pages, out, totalBytes, totalBytes / Math.max(1, files),
                linkCount, anchorLinks, brokenLinks);
    }

    List<String> planHeadings() {
        // unique, plain-word headings (slug = lower case, spaces to '-')
        int n = 4 + rnd.nextInt(3);
        Set<String> chosen = new LinkedHashSet<>();
        chosen.add("Overview");
        while (chosen.size() < n) {
            chosen.add(pick(HEADINGS));
        }
        List<String> h = new ArrayList<>(chosen);
        h.add("Related pages");
        return h;
    }

    StringBuilder page(Page p, int order, List<Page> all) {
        StringBuilder sb = new StringBuilder(6000);
        frontMatter(sb, p.title(), "What you need to know about the " + p.topic() + " " + pick(QUALIFIERS) + ".",
                pick(OWNERS), order, pickTags());
        sb.append("# ").append(p.title()).append("\n\n");
        sb.append(paragraph()).append("\n\n");

        int target = 3900 + rnd.nextInt(1200);
        List<String> headings = p.anchors();
        int sections = headings.size() - 1; // last one is "Related pages"
        // where the mandatory blocks go
        int listAt = rnd.nextInt(sections);
        int tableAt = rnd.nextInt(sections);
        int codeAt = rnd.nextInt(sections);
        int admonitionAt = rnd.nextInt(4) == 0 ? rnd.nextInt(sections) : -1;
        int inlineLinkAt = rnd.nextInt(sections);
        List<String> links = pickLinks(p, all);
        Set<String> usedSub = new LinkedHashSet<>();

        List<StringBuilder> parts = new ArrayList<>();
        for (int i = 0; i < sections; i++) {
            StringBuilder sec = new StringBuilder();
            sec.append("## ").append(headings.get(i)).append("\n\n");
            sec.append(paragraph()).append("\n\n");
            if (i == admonitionAt) {
                admonition(sec);
            }
            if (i == inlineLinkAt && !links.isEmpty()) {
                sec.append(pick(CONNECTIVES)).append(" see ").append(links.remove(0))
                        .append(" for the details.\n\n");
            }
            if (i == listAt) {
                bulletList(sec);
            }
            if (i == tableAt) {
                table(sec);
            }
            if (rnd.nextInt(3) == 0) {
                String sh;
                do {
                    sh = pick(SUBHEADINGS);
                } while (!usedSub.add(sh) || headings.contains(sh));
                sec.append("### ").append(sh).append("\n\n").append(paragraph()).append("\n\n");
            }
            if (i == codeAt) {
                code(sec);
            }
            parts.add(sec);
        }
        // pad with prose until we reach the target size
        int len = sb.length() + parts.stream().mapToInt(StringBuilder::length).sum() + 200;
        while (len < target) {
            String para = paragraph() + "\n\n";
            parts.get(rnd.nextInt(parts.size())).append(para);
            len += para.length();
        }
        parts.forEach(sb::append);
        sb.append("## Related pages\n\n");
        for (String l : links) {
            sb.append("- ").append(l).append("\n");
        }
        sb.append("\n_Questions? Ask the owning team in their channel._\n");
        return sb;
    }

    /** 2-4 Markdown links to other pages, relative to p's folder. */
    List<String> pickLinks(Page p, List<Page> all) {
        int n = 2 + rnd.nextInt(3);
        List<String> links = new ArrayList<>();
        Set<Integer> used = new LinkedHashSet<>();
        used.add(p.id());
        boolean broken = rnd.nextInt(50) == 0;
        for (int i = 0; i < n && used.size() < all.size(); i++) {
            Page t;
            int r = rnd.nextInt(10);
            do {
                if (r < 4) { // same neighbourhood
                    t = all.get(Math.floorMod(p.id() + rnd.nextInt(21) - 10, all.size()));
                } else {
                    t = all.get(rnd.nextInt(all.size()));
                }
            } while (!used.add(t.id()));
            String rel = relative(p.dir(), t.file());
            String text = t.title();
            if (broken && i == 0) {
                rel = relative(p.dir(), t.dir().resolve("page-" + (9000 + rnd.nextInt(1000)) + ".md")
                        .toString().replace('\\', '/'));
                text = "the old " + pick(TOPIC_NOUNS) + " page";
                brokenLinks++;
            } else if (rnd.nextInt(100) < 12) {
                String h = t.anchors().get(rnd.nextInt(t.anchors().size()));
                rel += "#" + slug(h);
                text += ": " + h.toLowerCase(Locale.ROOT);
                anchorLinks++;
            }
            linkCount++;
            links.add("[" + text + "](" + rel + ")");
        }
        return links;
    }

    static String relative(Path fromDir, String toFile) {
        String r = fromDir.relativize(Paths.get(toFile)).toString().replace('\\', '/');
        return r;
    }

    static String slug(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "").replace(' ', '-');
    }

    void frontMatter(StringBuilder sb, String title, String description, String owner, int order, List<String> tags) {
        LocalDate reviewed;
        int r = rnd.nextInt(100);
        if (r < 60) {
            reviewed = today.minusDays(rnd.nextInt(90));
        } else if (r < 85) {
            reviewed = today.minusDays(90 + rnd.nextInt(270));
        } else {
            reviewed = today.minusDays(365 + rnd.nextInt(730));
        }
        sb.append("---\n")
                .append("title: \"").append(title).append("\"\n")
                .append("description: \"").append(description).append("\"\n")
                .append("owner: ").append(owner).append("\n")
                .append("tags: [").append(String.join(", ", tags)).append("]\n")
                .append("order: ").append(order).append("\n")
                .append("reviewed: ").append(reviewed).append("\n")
                .append("review_every: ").append(pick(REVIEW_EVERY)).append("\n")
                .append("---\n\n");
    }

    List<String> pickTags() {
        int n = 2 + rnd.nextInt(3);
        Set<String> t = new LinkedHashSet<>();
        while (t.size() < n) {
            t.add(pick(TAGS));
        }
        return new ArrayList<>(t);
    }

    String sentence() {
        StringBuilder s = new StringBuilder();
        int form = rnd.nextInt(6);
        switch (form) {
            case 0 -> s.append(pick(SUBJECTS)).append(' ').append(pick(VERBS)).append(' ')
                    .append(pick(OBJECTS)).append(' ').append(pick(QUALIFIERS)).append('.');
            case 1 -> s.append(pick(CONNECTIVES)).append(' ').append(lc(pick(SUBJECTS))).append(' ')
                    .append(pick(VERBS)).append(' ').append(pick(OBJECTS)).append('.');
            case 2 -> s.append("If the ").append(pick(TOPIC_NOUNS)).append(" is unavailable, ")
                    .append(lc(pick(SUBJECTS))).append(' ').append(pick(VERBS)).append(' ')
                    .append(pick(OBJECTS)).append(" and retries after ").append(5 + rnd.nextInt(55))
                    .append(" seconds.");
            case 3 -> s.append(pick(ADVICE));
            case 4 -> s.append("The `").append(configKey()).append("` setting controls how the ")
                    .append(pick(TOPIC_NOUNS)).append(" behaves ").append(pick(QUALIFIERS)).append('.');
            default -> s.append("Expect roughly ").append(10 + rnd.nextInt(990)).append(" requests per second on the ")
                    .append(pick(TOPIC_NOUNS)).append(" in **").append(pick(ENV_NAMES)).append("**, ")
                    .append(pick(QUALIFIERS)).append('.');
        }
        return s.toString();
    }

    String paragraph() {
        int n = 3 + rnd.nextInt(4);
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                p.append(' ');
            }
            p.append(sentence());
        }
        return p.toString();
    }

    void bulletList(StringBuilder sb) {
        int n = 3 + rnd.nextInt(4);
        for (int i = 0; i < n; i++) {
            sb.append("- ");
            if (rnd.nextBoolean()) {
                sb.append("**").append(capitalize(pick(TOPIC_NOUNS))).append("**: ");
            }
            sb.append(pick(ADVICE)).append('\n');
        }
        sb.append('\n');
    }

    void table(StringBuilder sb) {
        sb.append("| Setting | Default | Environment | Description |\n");
        sb.append("| --- | --- | --- | --- |\n");
        int n = 3 + rnd.nextInt(4);
        for (int i = 0; i < n; i++) {
            sb.append("| `").append(configKey()).append("` | ").append(defaultValue()).append(" | ")
                    .append(pick(ENV_NAMES)).append(" | ").append(capitalize(pick(OBJECTS))).append(" ")
                    .append(pick(QUALIFIERS)).append(" |\n");
        }
        sb.append('\n');
    }

    void code(StringBuilder sb) {
        String lang = pick(CODE_LANGS);
        String svc = pick(TOPIC_NOUNS).replace(' ', '-').toLowerCase(Locale.ROOT);
        sb.append("```").append(lang).append('\n');
        switch (lang) {
            case "yaml" -> {
                sb.append("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ").append(svc)
                        .append("\n  labels:\n    team: ").append(pick(OWNERS)).append("\nspec:\n  replicas: ")
                        .append(1 + rnd.nextInt(6)).append("\n  template:\n    spec:\n      containers:\n")
                        .append("        - name: app\n          image: registry.internal/").append(svc).append(':')
                        .append(1 + rnd.nextInt(3)).append('.').append(rnd.nextInt(20)).append('.').append(rnd.nextInt(10))
                        .append("\n          resources:\n            limits:\n              memory: ")
                        .append(128 << rnd.nextInt(4)).append("Mi\n");
            }
            case "bash" -> {
                sb.append("# ").append(pick(ADVICE)).append('\n')
                        .append("kubectl --context ").append(pick(ENV_NAMES)).append('-').append(pick(REGIONS))
                        .append(" -n ").append(svc).append(" rollout status deploy/").append(svc).append('\n')
                        .append("helm upgrade --install ").append(svc).append(" charts/").append(svc)
                        .append(" -f values-").append(pick(ENV_NAMES)).append(".yaml --wait --timeout ")
                        .append(2 + rnd.nextInt(9)).append("m\n")
                        .append("curl -fsS https://").append(svc).append(".internal/q/health/ready | jq .status\n");
            }
            default -> {
                StringBuilder cls = new StringBuilder();
                for (String w : svc.split("-")) {
                    cls.append(capitalize(w));
                }
                cls.append("Client");
                sb.append("@ApplicationScoped\npublic class ").append(cls).append(" {\n\n")
                        .append("    @ConfigProperty(name = \"").append(configKey()).append("\", defaultValue = \"")
                        .append(1 + rnd.nextInt(30)).append("s\")\n    Duration timeout;\n\n")
                        .append("    public Uni<String> fetch(String id) {\n")
                        .append("        return client.get(\"/v").append(1 + rnd.nextInt(3))
                        .append("/items/\" + id).timeout(timeout).send();\n    }\n}\n");
            }
        }
        sb.append("```\n\n");
    }

    void admonition(StringBuilder sb) {
        sb.append("!!! ").append(pick(ADMONITION_KINDS)).append(" \"").append(pick(ADMONITION_TITLES)).append("\"\n");
        int n = 1 + rnd.nextInt(3);
        for (int i = 0; i < n; i++) {
            sb.append("    ").append(sentence()).append('\n');
        }
        sb.append('\n');
    }

    String configKey() {
        String base = pick(TOPIC_NOUNS).replace(' ', '-').toLowerCase(Locale.ROOT);
        String[] leaf = {"timeout", "enabled", "max-retries", "batch-size", "interval", "replicas", "ttl"};
        return "signpost." + base + "." + pick(leaf);
    }

    String defaultValue() {
        return switch (rnd.nextInt(4)) {
            case 0 -> "`true`";
            case 1 -> "`" + (1 + rnd.nextInt(60)) + "s`";
            case 2 -> "`" + (1 << rnd.nextInt(10)) + "`";
            default -> "_none_";
        };
    }

    void write(Path rel, CharSequence content) throws IOException {
        Path target = out.resolve(rel);
        Files.createDirectories(target.getParent());
        byte[] bytes = content.toString().getBytes(StandardCharsets.UTF_8);
        Files.write(target, bytes);
        totalBytes += bytes.length;
        files++;
    }

    String pick(String[] a) {
        return a[rnd.nextInt(a.length)];
    }

    static String lc(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String humanize(String slug) {
        String s = slug.replace('-', ' ');
        if (s.equals("faq")) {
            return "FAQ";
        }
        if (s.equals("ci cd")) {
            return "CI/CD";
        }
        return capitalize(s);
    }
}
