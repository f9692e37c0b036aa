package dev.signpost.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The docs check as authors run it, without a process: arguments, environment and clock passed in, output captured. The
 * fixture src/test/resources/docs-check/broken has one of each problem: a file too large (with a 2 KiB limit), front matter
 * that is not YAML, a broken link, a missing anchor, a review past due and an expired page.
 */
class DocsCheckTest {

    static final Path BROKEN = Path.of("src/test/resources/docs-check/broken");
    static final Clock DEC_7 = Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC);

    static final String YAML_ERROR = "The front matter is not valid YAML: mapping values are not allowed here\\n in 'reader', line 2, column 21:"
            + "\\n    description: Install: the tools you need\\n                        ^";

    record Run(int exit, List<String> out, String err) {
    }

    static Run run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = DocsCheck.run(List.of(args), env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), DEC_7);
        return new Run(exit, out.toString(StandardCharsets.UTF_8).lines().toList(), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void shouldPrintEveryProblemAsAPlainLineAndFailOnErrors() {
        Run run = run(Map.of(), "--max-file-size=2K", BROKEN.toString());
        assertEquals(List.of(
                "changelog.md: error: The file is 3 KiB, over the limit of 2 KiB (signpost.content.max-file-size).",
                "guides/deploy.md:3: warning: The review was due on 2026-04-05 (reviewed 2026-01-05, every 90d): review the page and update reviewed.",
                "guides/policy.md:3: warning: The page expired on 2026-11-30 (expires): review it, then set a later expires or remove it.",
                "guides/setup.md:3: error: " + YAML_ERROR,
                "index.md:9: error: Broken link faq.md: no page or file at /docs/faq.",
                "index.md:9: error: Broken link guides/deploy.md#roll-back-fast: no heading or anchor '#roll-back-fast' in guides/deploy.md.",
                "Signpost docs check: 4 errors, 2 warnings in 4 pages of " + BROKEN + ": failed."), run.out());
        assertEquals(DocsCheck.FAILED, run.exit());
        assertEquals("", run.err());
    }

    @Test
    void shouldPrintGithubAnnotationsRelativeToTheWorkspaceWhenGithubActionsIsTrue() {
        Map<String, String> env = Map.of("GITHUB_ACTIONS", "true", "GITHUB_WORKSPACE", BROKEN.getParent().getParent().toAbsolutePath().toString());
        Run run = run(env, "--max-file-size=2K", BROKEN.toString());
        assertEquals(List.of(
                "::error file=docs-check/broken/changelog.md,title=Content problem::The file is 3 KiB, over the limit of 2 KiB (signpost.content.max-file-size).",
                "::warning file=docs-check/broken/guides/deploy.md,line=3,title=Review due::The review was due on 2026-04-05 (reviewed 2026-01-05, every 90d): review the page and update reviewed.",
                "::warning file=docs-check/broken/guides/policy.md,line=3,title=Review due::The page expired on 2026-11-30 (expires): review it, then set a later expires or remove it.",
                "::error file=docs-check/broken/guides/setup.md,line=3,title=Content problem::" + YAML_ERROR.replace("\\n", "%0A"),
                "::error file=docs-check/broken/index.md,line=9,title=Broken link::Broken link faq.md: no page or file at /docs/faq.",
                "::error file=docs-check/broken/index.md,line=9,title=Broken link::Broken link guides/deploy.md#roll-back-fast: no heading or anchor '#roll-back-fast' in guides/deploy.md.",
                "Signpost docs check: 4 errors, 2 warnings in 4 pages of " + BROKEN + ": failed."), run.out());
        assertEquals(DocsCheck.FAILED, run.exit());
    }

    @Test
    void shouldKeepPathsUnderTheFolderWhenTheWorkspaceDoesNotHoldIt(@TempDir Path workspace) {
        Run run = run(Map.of("GITHUB_ACTIONS", "true", "GITHUB_WORKSPACE", workspace.toString()), "--max-file-size=2K", BROKEN.toString());
        assertTrue(run.out().get(0).startsWith("::error file=changelog.md,title=Content problem::"), run.out().get(0));
    }

    @Test
    void shouldPassWithWarningsUnlessTheyCountAsErrors(@TempDir Path docs) throws IOException {
        write(docs, "index.md", "---\ntitle: Home\nreviewed: 2026-01-01\n---\n# Home\n\nSee [setup](setup.md#install).\n");
        write(docs, "setup.md", "# Setup\n\n## Install\n\nRun it.\n");
        String warning = "index.md:3: warning: The review was due on 2026-06-30 (reviewed 2026-01-01, every 180d): review the page and update reviewed.";

        Run passed = run(Map.of(), docs.toString());
        assertEquals(List.of(warning, "Signpost docs check: 0 errors, 1 warning in 2 pages of " + docs + ": passed."), passed.out());
        assertEquals(DocsCheck.CLEAN, passed.exit());

        Run strict = run(Map.of(), "--warnings-as-errors", docs.toString());
        assertEquals(List.of(warning, "Signpost docs check: 0 errors, 1 warning (warnings count as errors) in 2 pages of " + docs + ": failed."),
                strict.out());
        assertEquals(DocsCheck.FAILED, strict.exit());
        assertEquals(DocsCheck.FAILED, run(Map.of(CheckOptions.WARNINGS_AS_ERRORS_ENV, "true"), docs.toString()).exit());
        assertEquals(DocsCheck.CLEAN, run(Map.of(), "--default-review-every=1y", docs.toString()).exit(),
                "a longer default interval puts the review in the future");
    }

    @Test
    void shouldPassACleanFolderWithOnlyTheSummary(@TempDir Path docs) throws IOException {
        write(docs, "index.md", "# Home\n\n[Guide](guide.md), [its part](guide.md#part-two) and [a picture](img/p.png).\n");
        write(docs, "guide.md", "# Guide\n\n## Part two\n");
        write(docs, "img/p.png", "png");
        Run run = run(Map.of("GITHUB_ACTIONS", "true"), docs.toString());
        assertEquals(List.of("Signpost docs check: 0 errors, 0 warnings in 2 pages of " + docs + ": passed."), run.out());
        assertEquals(DocsCheck.CLEAN, run.exit());
    }

    @Test
    void shouldCheckAFolderAsItsSourceMountsItAndLeaveOtherSourcesLinksOut(@TempDir Path docs) throws IOException {
        write(docs, "index.md", "# Payments\n\n[Runbook](runbook.md), [its steps](/docs/payments/runbook#steps), "
                + "[a practice](/docs/practices/ci) and [a lost page](/docs/payments/gone).\n");
        write(docs, "runbook.md", "# Runbook\n");
        Run mounted = run(Map.of(), "--mount=payments", docs.toString());
        assertEquals(List.of(
                "index.md:3: error: Broken link /docs/payments/gone: no page or file at /docs/payments/gone.",
                "index.md:3: error: Broken link /docs/payments/runbook#steps: no heading or anchor '#steps' in payments/runbook.md.",
                "Signpost docs check: 2 errors, 0 warnings in 2 pages of " + docs + ": failed."), mounted.out());
        Run root = run(Map.of(), docs.toString());
        assertEquals(4, root.out().size(), "at the root, every /docs/ link is this folder's (three broken): " + root.out());
        assertEquals(DocsCheck.USAGE, run(Map.of(), "--mount=../up", docs.toString()).exit());
    }

    @Test
    void shouldReportWhatThePortalNotesOfTheFolderItself(@TempDir Path docs) throws IOException {
        write(docs, "index.md", "# Home\n");
        Files.createSymbolicLink(docs.resolve("shared.md"), docs.resolve("index.md"));
        Run run = run(Map.of(), docs.toString());
        assertEquals(List.of("shared.md: warning: This is a symbolic link; Signpost never follows links, so it is not served. Put the file"
                + " itself here.", "Signpost docs check: 0 errors, 1 warning in 1 page of " + docs + ": passed."), run.out());
    }

    @Test
    void shouldPlaceEachOccurrenceOfABrokenLinkOnItsOwnLineOnce(@TempDir Path docs) throws IOException {
        write(docs, "index.md", "# Home\n\nSee [old](old.md) or [the old page](old.md).\n\nReally, [old](old.md).\n");
        Run run = run(Map.of(), docs.toString());
        assertEquals(List.of(
                "index.md:3: error: Broken link old.md: no page or file at /docs/old.",
                "index.md:5: error: Broken link old.md: no page or file at /docs/old.",
                "Signpost docs check: 2 errors, 0 warnings in 1 page of " + docs + ": failed."), run.out());
    }

    @Test
    void shouldFailAFolderWithoutMarkdown(@TempDir Path docs) {
        Run run = run(Map.of(), docs.toString());
        assertEquals(DocsCheck.FAILED, run.exit());
        assertEquals(docs + ": error: No Markdown files (.md, .markdown) in " + docs + "; name the folder that holds the docs.", run.out().get(0));
        Run github = run(Map.of("GITHUB_ACTIONS", "true"), docs.toString());
        assertEquals("::error title=No pages::No Markdown files (.md, .markdown) in " + docs + "; name the folder that holds the docs.",
                github.out().get(0));
    }

    @Test
    void shouldExitTwoWithAClearMessageOnBadUsage(@TempDir Path docs) {
        Run missing = run(Map.of(), docs.resolve("nope").toString());
        assertEquals(DocsCheck.USAGE, missing.exit());
        assertEquals(List.of(), missing.out());
        assertTrue(missing.err().startsWith("signpost docs check: the folder " + docs.resolve("nope") + " does not exist or is not a folder\n"),
                missing.err());
        for (List<String> args : List.of(List.<String>of(), List.of("--strict", docs.toString()), List.of(docs.toString(), docs.toString()),
                List.of("--max-file-size=lots", docs.toString()), List.of("--default-review-every=soon", docs.toString()),
                List.of("--format=json", docs.toString()))) {
            Run run = run(Map.of(), args.toArray(String[]::new));
            assertEquals(DocsCheck.USAGE, run.exit(), args.toString());
            assertTrue(run.err().contains("--help"), run.err());
            assertEquals(List.of(), run.out());
        }
        Run help = run(Map.of(), "--help");
        assertEquals(DocsCheck.CLEAN, help.exit());
        assertTrue(help.out().get(0).startsWith("Usage: java -jar signpost-docs-check.jar"), help.out().get(0));
    }

    @Test
    void shouldEscapeHostileFileNamesAndMessages(@TempDir Path docs) throws IOException {
        write(docs, "index.md", "# Home\n");
        write(docs, "50%, a::b.md", "# Odd\n\nJump to [nowhere](#no::such).\n");
        write(docs, "two\nlines.md", "---\ntitle: [unclosed\n---\n# Two\n");
        Run github = run(Map.of("GITHUB_ACTIONS", "true", "GITHUB_WORKSPACE", docs.getParent().toString()), docs.toString());
        String folder = docs.getFileName().toString();
        List<String> annotations = github.out();
        assertEquals("::error file=" + folder + "/50%25%2C a%3A%3Ab.md,line=3,title=Broken link::Broken link #no::such: no heading or anchor"
                + " '#no::such' in 50%25, a::b.md.", annotations.get(0), "'%' is escaped in the message too, ':' and ',' only in properties");
        assertTrue(annotations.get(1).startsWith("::error file=" + folder + "/two%0Alines.md,line=2,title=Content problem::"
                + "The front matter is not valid YAML: "), annotations.get(1));
        assertTrue(annotations.get(1).contains("%0A"), "the YAML error's lines are escaped: " + annotations.get(1));
        assertEquals(3, annotations.size(), "one line per finding and the summary, whatever the names hold: " + annotations);

        Run plain = run(Map.of(), docs.toString());
        assertEquals("50%, a::b.md:3: error: Broken link #no::such: no heading or anchor '#no::such' in 50%, a::b.md.", plain.out().get(0));
        assertTrue(plain.out().get(1).startsWith("two\\nlines.md:2: error: The front matter is not valid YAML: "), plain.out().get(1));
        assertEquals(3, plain.out().size(), plain.out().toString());
    }

    @Test
    void shouldEscapeAsGithubDoes() {
        assertEquals("100%25 done%0D%0Anext: a, b", FindingFormat.data("100% done\r\nnext: a, b"));
        assertEquals("100%25 done%0D%0Anext%3A a%2C b", FindingFormat.property("100% done\r\nnext: a, b"));
        assertEquals("%2525", FindingFormat.data("%25"), "a percent sign is escaped first, so an escape in a name stays literal");
    }

    @Test
    void shouldFindNoErrorsInTheBundledContent() {
        Run run = run(Map.of(), "content");
        assertEquals(DocsCheck.CLEAN, run.exit(), String.join("\n", run.out()));
        List<String> findings = run.out().subList(0, run.out().size() - 1);
        // The bundled content is the demo's: some pages are overdue for review on purpose (the stale-pages views show them).
        findings.forEach(line -> assertTrue(line.contains(": warning: The review was due on") || line.contains(": warning: The page expired on"), line));
        assertFalse(findings.isEmpty(), "the demo content has overdue pages on 7 December 2026");
        assertTrue(run.out().get(run.out().size() - 1).startsWith("Signpost docs check: 0 errors, " + findings.size() + " warnings in "),
                run.out().get(run.out().size() - 1));
    }

    private static void write(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
