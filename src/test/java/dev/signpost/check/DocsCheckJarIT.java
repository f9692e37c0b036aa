package dev.signpost.check;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The packaged command, as an authors' workflow runs it: {@code java -jar target/signpost-docs-check.jar} in a process of
 * its own, with nothing on its class path but the jar. Proves the jar holds every class the check reaches (a library the
 * content core starts to need and the shade includes lack fails here). Skipped when the jar was not built.
 */
class DocsCheckJarIT {

    private static Path jar;

    record Result(int exit, List<String> out, String err) {
    }

    @BeforeAll
    static void jar() {
        String property = System.getProperty("signpost.docs-check.jar", "target/signpost-docs-check.jar");
        jar = Path.of(property);
        assumeTrue(Files.isRegularFile(jar), "no " + jar + " (built by ./mvnw package)");
    }

    static Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        // The suite may itself run in GitHub Actions: the check sees only the environment the test gives it.
        builder.environment().keySet().removeIf(name -> name.startsWith("GITHUB_") || name.startsWith("SIGNPOST_"));
        builder.environment().putAll(env);
        Path out = Files.createTempFile("docs-check", ".out");
        Path err = Files.createTempFile("docs-check", ".err");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("the docs check did not finish in 5 minutes");
            }
            return new Result(process.exitValue(), Files.readAllLines(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Test
    void shouldReportTheFixturesProblemsAsPlainLinesAndAnnotations() throws Exception {
        Result plain = run(Map.of(), "--max-file-size=2K", DocsCheckTest.BROKEN.toString());
        assertEquals(DocsCheck.FAILED, plain.exit(), plain.err());
        assertEquals(List.of(
                "changelog.md: error: The file is 3 KiB, over the limit of 2 KiB (signpost.content.max-file-size).",
                "guides/deploy.md:3: warning: The review was due on 2026-04-05 (reviewed 2026-01-05, every 90d): review the page and update reviewed.",
                "guides/policy.md:3: warning: The page expired on 2026-11-30 (expires): review it, then set a later expires or remove it.",
                "guides/setup.md:3: error: " + DocsCheckTest.YAML_ERROR,
                "index.md:9: error: Broken link faq.md: no page or file at /docs/faq.",
                "index.md:9: error: Broken link guides/deploy.md#roll-back-fast: no heading or anchor '#roll-back-fast' in guides/deploy.md.",
                "Signpost docs check: 4 errors, 2 warnings in 4 pages of " + DocsCheckTest.BROKEN + ": failed."), plain.out());

        Result github = run(Map.of("GITHUB_ACTIONS", "true", "GITHUB_WORKSPACE", Path.of("").toAbsolutePath().toString()),
                "--max-file-size=2K", DocsCheckTest.BROKEN.toString());
        assertEquals(DocsCheck.FAILED, github.exit(), github.err());
        assertEquals("::error file=src/test/resources/docs-check/broken/index.md,line=9,title=Broken link::Broken link faq.md: no page or file"
                + " at /docs/faq.", github.out().get(4));
    }

    @Test
    void shouldPassTheBundledContentAndRefuseAMissingFolder() throws Exception {
        Result bundled = run(Map.of(), "content");
        assertEquals(DocsCheck.CLEAN, bundled.exit(), bundled.err() + String.join("\n", bundled.out()));
        assertTrue(bundled.out().get(bundled.out().size() - 1).startsWith("Signpost docs check: 0 errors, "), bundled.out().toString());

        Result missing = run(Map.of(), "no-such-folder");
        assertEquals(DocsCheck.USAGE, missing.exit());
        assertTrue(missing.err().contains("the folder no-such-folder does not exist"), missing.err());
    }
}
