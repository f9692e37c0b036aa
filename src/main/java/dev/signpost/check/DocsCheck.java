package dev.signpost.check;

import dev.signpost.content.ContentSnapshot;
import dev.signpost.content.source.FolderSnapshot;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The docs check's command: {@code java -jar signpost-docs-check.jar [options] FOLDER}. Reads the folder with the content
 * core, prints every finding and a summary, and exits 0 when clean, 1 on errors (or warnings, when they count as
 * errors), 2 on bad usage. See docs/authoring.md ("Check your docs in CI") and ADR 0025.
 */
public final class DocsCheck {

    static final int CLEAN = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private DocsCheck() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(Arrays.asList(args), System.getenv(), out, err, Clock.systemDefaultZone()));
    }

    /** One run, with everything from outside passed in: the arguments, the environment, the streams and the clock. */
    static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err, Clock clock) {
        CheckOptions options;
        try {
            options = CheckOptions.parse(args, env);
        } catch (CheckOptions.HelpAsked e) {
            out.println(CheckOptions.USAGE);
            return CLEAN;
        } catch (CheckOptions.UsageException e) {
            err.println("signpost docs check: " + e.getMessage());
            err.println("Run with --help for the options.");
            return USAGE;
        }
        ContentSnapshot snapshot;
        try {
            snapshot = FolderSnapshot.load(options.folder(), options.mount(), options.maxBytes(), options.defaultInterval(), clock);
        } catch (IOException e) {
            err.println("signpost docs check: the folder " + options.folder() + " could not be read: " + e.getMessage());
            return USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("signpost docs check: interrupted");
            return FAILED;
        }
        List<Finding> findings = FolderFindings.of(snapshot, options.folder(), options.mount(), LocalDate.now(clock));
        FindingFormat format = new FindingFormat(options.github(), options.folder(), options.workspace());
        findings.forEach(finding -> out.println(format.line(finding)));
        long errors = findings.stream().filter(Finding::error).count();
        long warnings = findings.size() - errors;
        boolean failed = errors > 0 || options.warningsAsErrors() && warnings > 0;
        out.println(summary(options, snapshot, errors, warnings, failed));
        return failed ? FAILED : CLEAN;
    }

    private static String summary(CheckOptions options, ContentSnapshot snapshot, long errors, long warnings, boolean failed) {
        return "Signpost docs check: " + count(errors, "error") + ", " + count(warnings, "warning")
                + (options.warningsAsErrors() && warnings > 0 ? " (warnings count as errors)" : "")
                + " in " + count(snapshot.documents().size(), "page") + " of " + FindingFormat.oneLine(options.folder().toString())
                + (failed ? ": failed." : ": passed.");
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
