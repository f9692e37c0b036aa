import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Generates a deterministic tool catalog for benchmarking Signpost's {@code /tools}: TOOLS tool files with front
 * matter as in the bundled {@code content/tools/*.md}, plus a start page and a few practice pages the tools link to.
 *
 * <pre>
 *   java src/bench/ToolGenerator.java OUT_DIR [TOOLS=500] [SEED=42] [TODAY=2026-06-30]
 * </pre>
 *
 * Layout: OUT_DIR/index.md, OUT_DIR/tools/tool-0001.md .. tool-NNNN.md, OUT_DIR/practices/index.md and 4 areas with
 * an index.md and 5 pages each. A tool has 1-4 history entries (the last in its ring), 2-4 tags, sometimes docs links,
 * {@code replaces} (a lower-numbered tool of its category) and {@code alternatives}, and a body of 150-300 words with
 * three sections, a list, a code block and usually a link to another tool.
 * <p>
 * The output depends only on TOOLS, SEED and TODAY (java.util.Random, no clock). Every date is counted back from
 * TODAY, so pass the day the app will run (the script passes today's date) to get the intended share of recent moves:
 * about 20 % of the tools changed ring (or entered) within the last 90 days. Rings and categories are skewed as in a
 * real catalog (most tools supported, few in assess; Languages & frameworks and Security smaller); with 500 tools the
 * largest ring x category cell has about 50 tools, which the radar holds with smaller blips. Every link and every
 * tool named in {@code replaces} or {@code alternatives} exists. Write into an empty or new directory; existing files
 * are not deleted.
 */
public class ToolGenerator {

    static final String[] RINGS = {"preferred", "supported", "assess", "hold"};
    static final int[] RING_WEIGHTS = {22, 38, 16, 24};
    static final String[] CATEGORIES = {"CI/CD", "Testing & quality", "Infrastructure & runtime", "Observability", "Security",
        "Languages & frameworks"};
    static final int[] CATEGORY_WEIGHTS = {22, 20, 20, 14, 12, 12};
    /** Per category: product nouns for titles, its own tags, what the tool is for (for descriptions). */
    static final String[][] NOUNS = {
        {"CI", "Pipelines", "Runner", "Deploy", "Release", "Build Cache", "Artifacts", "GitOps"},
        {"Test", "Lint", "Coverage", "Mocks", "Contract", "E2E", "Load", "Fuzz"},
        {"Cloud", "Mesh", "Gateway", "Containers", "Scheduler", "Provisioner", "Registry", "DNS"},
        {"Metrics", "Trace", "Logs", "Dashboards", "Alerts", "Profiler", "Probe", "Insights"},
        {"Scan", "Vault", "Sign", "Guard", "Policy", "SBOM", "Secrets", "Shield"},
        {"SDK", "Lang", "Framework", "Script", "Runtime", "Web", "UI", "ORM"}};
    static final String[][] CATEGORY_TAGS = {
        {"ci", "github-actions", "deployment", "gitops", "release", "caching", "build"},
        {"testing", "qa", "e2e", "contract-testing", "load-testing", "performance", "code-quality"},
        {"kubernetes", "helm", "infrastructure-as-code", "cloud", "containers", "staging", "dns"},
        {"observability", "metrics", "tracing", "logging", "alerting", "dashboards"},
        {"security", "supply-chain", "secrets", "signing", "oidc", "dependabot"},
        {"java", "jvm", "nodejs", "javascript", "python", "go", "languages"}};
    static final String[][] PURPOSES = {
        {"Builds and tests every pull request", "Deploys services to the shared clusters", "Caches dependencies between CI runs",
            "Promotes releases from staging to production", "Stores build artifacts and container images"},
        {"Runs end-to-end tests in a real browser", "Checks code style and common bugs on every change",
            "Verifies API contracts between services", "Generates load against the perf environment", "Measures test coverage"},
        {"Provisions cloud resources from code", "Routes traffic between services", "Runs containers on the shared clusters",
            "Schedules batch jobs", "Manages internal DNS zones"},
        {"Collects metrics from every service", "Traces requests across services", "Ships and indexes application logs",
            "Routes alerts to the on-call engineer", "Profiles CPU and memory in production"},
        {"Scans container images for known vulnerabilities", "Stores and rotates secrets", "Signs release artifacts",
            "Enforces admission policies in the clusters", "Produces a software bill of materials for every build"},
        {"Runs backend services on the JVM", "Builds web front ends", "Writes scripts and small tools",
            "Maps database tables to objects", "Calls internal APIs with generated clients"}};
    static final String[] OTHER_TAGS = {"migration", "feature-flags", "rollback", "developer-portal", "paved-road",
        "versioning", "licensing", "runners", "environments"};
    static final String[] PREFIXES = {"Acorn", "Alder", "Amber", "Anvil", "Apex", "Arbor", "Aspen", "Atlas", "Aurora",
        "Basalt", "Beacon", "Birch", "Bramble", "Breeze", "Cairn", "Canopy", "Cedar", "Cinder", "Cobalt", "Comet", "Coral",
        "Crest", "Cypress", "Delta", "Drift", "Ember", "Fern", "Fjord", "Flint", "Garnet", "Glacier", "Granite", "Harbor",
        "Hazel", "Helix", "Heron", "Indigo", "Juniper", "Kestrel", "Lantern", "Larch", "Lumen", "Maple", "Meridian",
        "Nimbus", "Oak", "Onyx", "Orbit", "Pebble", "Pine", "Quartz", "Raven", "Ridge", "Sable", "Sequoia", "Slate",
        "Spruce", "Summit", "Tidal", "Willow", "Zephyr"};
    static final String[] OWNERS = {"platform-team", "ci-platform", "qa", "security", "developer-experience",
        "release-engineering", "load-testing", "staging-environments", "observability", "runtime", "data-platform",
        "frontend-guild"};
    static final String[] CHANNELS = {"#deploy", "#deploy", "#deploy", "#developer-experience", "#observability", "#security",
        "#qa", "#platform", "#frontend"};
    static final String[] REVIEW_EVERY = {"90d", "6m", "6m", "1y"};
    static final String[] AREAS = {"ci", "release", "security", "observability"};
    static final String[] PRACTICE_TOPICS = {"Caching dependencies", "Handling flaky tests", "Secrets in CI",
        "Rolling back a bad deploy", "Staging environments", "Feature flags", "Load testing before a release",
        "Release branching and tagging", "Signing artifacts", "Rotating credentials", "Writing alert rules",
        "Dashboards that help on call", "Tracing across services", "Reviewing dependencies", "Choosing a base image",
        "Versioning reusable workflows", "Migrating a pipeline", "Keeping builds fast", "Logging without noise",
        "Hardening containers"};
    static final String[] NOTES_ENTER = {"Entered the catalog after a pilot with three teams.",
        "Added when {team} adopted it for new services.", "Listed so teams know it exists and who to ask.",
        "Catalogued during the platform inventory."};
    static final String[] NOTES_MOVE = {"The pilot went well; {team} now supports it.",
        "Made the default for new services after a review by the SIG.", "Superseded by a better supported option; no new use.",
        "Licence change; being re-evaluated.", "Maintenance burden too high for {team}.",
        "Adopted by most teams; the paved road now uses it.", "Open questions from the pilot answered; moved on."};
    static final String[] SENTENCES = {
        "{title} is run by {team}, who keep it patched and answer questions in {channel}.",
        "Most services on the paved road use it without any configuration of their own.",
        "The defaults are chosen so a new service needs no changes to get started.",
        "It replaced a collection of scripts that every team maintained in its own repository.",
        "Version upgrades are proposed by the update bot and merged after the smoke tests pass.",
        "Teams that need something the defaults do not cover should ask before building their own.",
        "The setup is documented next to the code, and the examples in this page are tested in CI.",
        "Its configuration lives in the repository, so changes are reviewed like any other change.",
        "Costs are reported per team every month; most teams pay very little.",
        "Outages are rare, and the status page links the incident channel when they happen.",
        "{Team} reviews its ring twice a year with the people who use it.",
        "Expect a short learning curve: the concepts are few, but the naming is its own.",
        "Pilots run for one quarter and report to the SIG before a ring changes.",
        "Licensing was checked by legal, and the version we run is pinned in the platform repository."};

    final Random rnd;
    final Path out;
    final LocalDate today;
    long totalBytes;
    int files;

    record Tool(int n, String slug, String title, int ring, int category, String owner) {
    }

    ToolGenerator(Path out, long seed, LocalDate today) {
        this.out = out;
        this.rnd = new Random(seed);
        this.today = today;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args[0].startsWith("-")) {
            System.err.println("usage: java ToolGenerator.java OUT_DIR [TOOLS=500] [SEED=42] [TODAY=2026-06-30]");
            System.exit(2);
        }
        int tools = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        LocalDate today = args.length > 3 ? LocalDate.parse(args[3]) : LocalDate.of(2026, 6, 30);
        if (tools < 1 || tools > 9999) {
            throw new IllegalArgumentException("TOOLS must be 1..9999");
        }
        Path out = Paths.get(args[0]);
        Files.createDirectories(out);
        try (Stream<Path> s = Files.list(out)) {
            if (s.findAny().isPresent()) {
                System.err.println("warning: " + out + " is not empty; existing files are kept");
            }
        }
        new ToolGenerator(out, seed, today).generate(tools);
    }

    void generate(int count) throws IOException {
        List<Tool> tools = new ArrayList<>(count);
        Set<String> titles = new HashSet<>();
        int[][] cells = new int[RINGS.length][CATEGORIES.length];
        for (int n = 1; n <= count; n++) {
            int category = weighted(CATEGORY_WEIGHTS);
            int ring = weighted(RING_WEIGHTS);
            String title = null;
            for (int attempt = 0; attempt < 20 && (title == null || titles.contains(title)); attempt++) {
                title = pick(PREFIXES) + " " + pick(NOUNS[category]);
            }
            for (int k = 2; titles.contains(title); k++) {
                title = pick(PREFIXES) + " " + pick(NOUNS[category]) + " " + k;
            }
            titles.add(title);
            cells[ring][category]++;
            tools.add(new Tool(n, String.format(Locale.ROOT, "tool-%04d", n), title, ring, category, pick(OWNERS)));
        }
        List<String> practices = practices(tools);
        StringBuilder start = new StringBuilder("---\ntitle: Benchmark portal\ndescription: Generated content for the tool "
                + "catalog benchmark.\nowner: platform-team\nreviewed: " + today + "\nreview_every: 6m\n---\n\n"
                + "Generated by `src/bench/ToolGenerator.java`: " + count + " tools in the [catalog](tools/tool-0001.md) "
                + "and a few [practices](practices/index.md).\n");
        write(Paths.get("index.md"), start);
        int recent = 0;
        for (Tool tool : tools) {
            recent += tool(tool, tools, practices) ? 1 : 0;
        }
        int largest = 0;
        for (int[] ring : cells) {
            for (int c : ring) {
                largest = Math.max(largest, c);
            }
        }
        System.out.printf(Locale.ROOT, "ToolGenerator: %d tools (%d moved or entered within 90 days of %s), largest "
                + "ring x category cell %d tools; %d files, %d bytes in %s%n", count, recent, today, largest, files, totalBytes, out);
    }

    /** Writes one tool; true when its last ring change is within the last 90 days. */
    boolean tool(Tool t, List<Tool> all, List<String> practices) throws IOException {
        List<LocalDate> dates = new ArrayList<>();
        List<Integer> rings = new ArrayList<>();
        int entries = 1 + weighted(new int[] {40, 30, 20, 10});
        boolean recent = rnd.nextInt(100) < 20;
        LocalDate date = recent ? today.minusDays(rnd.nextInt(90)) : today.minusDays(90 + rnd.nextInt(1500));
        int ring = t.ring();
        for (int i = 0; i < entries; i++) {
            dates.add(0, date);
            rings.add(0, ring);
            date = date.minusDays(30 + rnd.nextInt(700));
            ring = previousRing(ring);
        }
        LocalDate lastChange = dates.get(dates.size() - 1);
        LocalDate reviewed = today.minusDays(rnd.nextInt(100) < 60 ? rnd.nextInt(90) : 90 + rnd.nextInt(700));
        if (reviewed.isBefore(lastChange)) {
            reviewed = lastChange;
        }
        String channel = pick(CHANNELS);
        String name = t.title().toLowerCase(Locale.ROOT).replace(' ', '-');
        StringBuilder sb = new StringBuilder(3000);
        sb.append("---\ntitle: ").append(t.title()).append('\n')
                .append("description: \"").append(pick(PURPOSES[t.category()])).append("; ").append(ringPhrase(t.ring()))
                .append(".\"\n")
                .append("ring: ").append(RINGS[t.ring()]).append('\n')
                .append("category: ").append(CATEGORIES[t.category()]).append('\n')
                .append("owner: ").append(t.owner()).append('\n')
                .append("tags: [").append(String.join(", ", tags(t.category()))).append("]\n")
                .append("homepage: https://").append(name).append(".example.com/\n");
        if (rnd.nextInt(100) < 60) {
            sb.append("docs:\n");
            String practice = practices.get(rnd.nextInt(practices.size()));
            sb.append("  - title: ").append(practiceTitle(practice)).append("\n    url: ../").append(practice).append('\n');
            if (rnd.nextBoolean()) {
                sb.append("  - title: ").append(t.title()).append(" documentation\n    url: https://docs.").append(name)
                        .append(".example.com/latest/\n");
            }
        }
        sb.append("support: \"").append(channel).append("\"\n");
        List<Tool> replaces = replaces(t, all);
        if (!replaces.isEmpty()) {
            sb.append("replaces: [").append(String.join(", ", replaces.stream().map(Tool::slug).toList())).append("]\n");
        }
        Tool other = sameCategory(t, all);
        if (rnd.nextInt(100) < 40 && other != null) {
            sb.append("alternatives: [").append(other.slug()).append("]\n");
        }
        sb.append("reviewed: ").append(reviewed).append('\n')
                .append("review_every: ").append(pick(REVIEW_EVERY)).append('\n')
                .append("history:\n");
        for (int i = 0; i < dates.size(); i++) {
            String note = fill(i == 0 ? pick(NOTES_ENTER) : pick(NOTES_MOVE), t, channel);
            sb.append("  - date: ").append(dates.get(i)).append("\n    ring: ").append(RINGS[rings.get(i)])
                    .append("\n    note: ").append(note).append('\n');
        }
        sb.append("---\n\n");
        body(sb, t, other != null ? other : replaces.isEmpty() ? null : replaces.get(0), channel, name);
        write(Paths.get("tools", t.slug() + ".md"), sb);
        return !lastChange.isBefore(today.minusDays(89));
    }

    /** 150-300 words: an introduction, three sections (one with a list), a code block, a link to another tool. */
    void body(StringBuilder sb, Tool t, Tool other, String channel, String name) {
        int target = 160 + rnd.nextInt(131);
        String[] headings = {t.ring() == 3 ? "Why it is on hold" : t.ring() == 2 ? "Why it is in assess"
                : "Why it is " + RINGS[t.ring()], "When to use it", t.ring() == 3 ? "How to move off it" : "How to get access"};
        List<StringBuilder> parts = new ArrayList<>();
        String purpose = pick(PURPOSES[t.category()]);
        StringBuilder intro = new StringBuilder(t.title()).append(' ').append(Character.toLowerCase(purpose.charAt(0)))
                .append(purpose.substring(1)).append(". ");
        parts.add(intro);
        for (String heading : headings) {
            parts.add(new StringBuilder("## ").append(heading).append("\n\n"));
        }
        int words = words(intro) + 45; // headings, list, link and code block
        List<String> sentences = new ArrayList<>();
        for (int k = 0; words < target - 20 || k < 4; k++) { // every part gets at least one sentence
            if (sentences.isEmpty()) { // each sentence once before any repeats
                sentences.addAll(List.of(SENTENCES));
                java.util.Collections.shuffle(sentences, rnd);
            }
            String s = fill(sentences.remove(sentences.size() - 1), t, channel) + " ";
            parts.get(k % 4).append(s);
            words += words(s);
        }
        parts.get(0).append("\n\n");
        parts.get(1).append("\n\n");
        parts.get(2).append(t.ring() == 3 ? "\n\n- only for existing services, until they have moved;\n- "
                : "\n\n- for new services on the paved road;\n- ").append("when ").append(team(t))
                .append(" has agreed the setup;\n- not for one-off experiments.\n\n");
        if (other != null) {
            parts.get(2).append("Compare it with [").append(other.title()).append("](").append(other.slug())
                    .append(".md) before you choose.\n\n");
        }
        parts.get(3).append("\n\n```").append(rnd.nextBoolean() ? "bash\n" + name + " --version\n" + name + " init --team "
                + t.owner() + "\n" : "yaml\n" + name + ":\n  version: " + (1 + rnd.nextInt(9)) + "." + rnd.nextInt(20)
                + "\n  owner: " + t.owner() + "\n").append("```\n");
        while (words(String.join("", parts)) < 150) { // the estimate above was generous
            parts.get(1).append(fill(pick(SENTENCES), t, channel)).append("\n\n");
        }
        parts.forEach(sb::append);
    }

    int previousRing(int ring) {
        // moves are mostly to a neighbouring ring; hold is usually reached from supported
        int r = rnd.nextInt(10);
        return switch (ring) {
            case 0 -> r < 7 ? 1 : 2;
            case 1 -> r < 6 ? 2 : r < 9 ? 0 : 3;
            case 2 -> r < 6 ? 1 : 3;
            default -> r < 6 ? 1 : r < 9 ? 0 : 2;
        };
    }

    /** About 8 % of the tools replace one or two lower-numbered tools of their category, preferably ones on hold. */
    List<Tool> replaces(Tool t, List<Tool> all) {
        List<Tool> found = new ArrayList<>();
        if (t.n() <= 10 || rnd.nextInt(100) >= 10) {
            return found;
        }
        int wanted = rnd.nextInt(4) == 0 ? 2 : 1;
        for (int tries = 0; tries < 30 && found.size() < wanted; tries++) {
            Tool c = all.get(rnd.nextInt(t.n() - 1));
            if (c.category() == t.category() && (c.ring() == 3 || tries > 15) && !found.contains(c)) {
                found.add(c);
            }
        }
        return found;
    }

    Tool sameCategory(Tool t, List<Tool> all) {
        for (int tries = 0; tries < 20; tries++) {
            Tool c = all.get(rnd.nextInt(all.size()));
            if (c != t && c.category() == t.category()) {
                return c;
            }
        }
        return null;
    }

    List<String> tags(int category) {
        int n = 2 + rnd.nextInt(3);
        Set<String> tags = new LinkedHashSet<>();
        tags.add(pick(CATEGORY_TAGS[category]));
        while (tags.size() < n) {
            int r = rnd.nextInt(10);
            tags.add(r < 5 ? pick(CATEGORY_TAGS[category]) : r < 8 ? pick(CATEGORY_TAGS[rnd.nextInt(CATEGORIES.length)])
                    : pick(OTHER_TAGS));
        }
        return new ArrayList<>(tags);
    }

    /** practices/index.md, and per area an index.md and 5 pages that link to tools; returns the pages' paths. */
    List<String> practices(List<Tool> tools) throws IOException {
        List<String> pages = new ArrayList<>();
        StringBuilder top = page("Practices", "How we build, test and ship.", "platform-team", List.of("paved-road"));
        for (String area : AREAS) {
            top.append("- [").append(ToolGenerator.capitalize(area)).append("](").append(area).append("/index.md)\n");
            StringBuilder index = page(capitalize(area), "Practices for " + area + ".", pick(OWNERS), List.of("paved-road"));
            for (int i = 0; i < 5; i++) {
                String title = PRACTICE_TOPICS[(pages.size()) % PRACTICE_TOPICS.length];
                String file = title.toLowerCase(Locale.ROOT).replace(' ', '-') + ".md";
                index.append("- [").append(title).append("](").append(file).append(")\n");
                Tool a = tools.get(rnd.nextInt(tools.size()));
                Tool b = tools.get(rnd.nextInt(tools.size()));
                StringBuilder p = page(title, "How to get " + title.toLowerCase(Locale.ROOT) + " right.", pick(OWNERS),
                        tags(rnd.nextInt(CATEGORIES.length)));
                for (int k = 0; k < 6; k++) {
                    p.append(fill(pick(SENTENCES), a, pick(CHANNELS))).append(' ');
                }
                p.append("\n\nThe paved road uses [").append(a.title()).append("](../../tools/").append(a.slug())
                        .append(".md); see also [").append(b.title()).append("](../../tools/").append(b.slug()).append(".md).\n");
                write(Paths.get("practices", area, file), p);
                pages.add("practices/" + area + "/" + file);
            }
            write(Paths.get("practices", area, "index.md"), index);
        }
        write(Paths.get("practices", "index.md"), top);
        return pages;
    }

    StringBuilder page(String title, String description, String owner, List<String> tags) {
        return new StringBuilder("---\ntitle: ").append(title).append("\ndescription: ").append(description)
                .append("\nowner: ").append(owner).append("\ntags: [").append(String.join(", ", tags)).append("]\nreviewed: ")
                .append(today.minusDays(rnd.nextInt(200))).append("\nreview_every: 6m\n---\n\n");
    }

    static String practiceTitle(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1).replace(".md", "");
        return capitalize(file.replace('-', ' '));
    }

    static String ringPhrase(int ring) {
        return switch (ring) {
            case 0 -> "preferred for new services";
            case 1 -> "supported for existing and new use";
            case 2 -> "in assess while a pilot runs";
            default -> "on hold, move off it";
        };
    }

    static String fill(String template, Tool t, String channel) {
        String team = team(t);
        return template.replace("{title}", t.title()).replace("{team}", team).replace("{Team}", capitalize(team))
                .replace("{channel}", channel);
    }

    /** "the platform team" for the owner platform-team, "the qa team" for qa. */
    static String team(Tool t) {
        return "the " + t.owner().replaceFirst("-team$", "").replace('-', ' ') + " team";
    }

    static int words(CharSequence s) {
        return s.toString().isBlank() ? 0 : s.toString().strip().split("\\s+").length;
    }

    int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = rnd.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
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

    static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
