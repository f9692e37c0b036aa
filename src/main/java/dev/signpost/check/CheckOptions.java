package dev.signpost.check;

import dev.signpost.content.ReviewInterval;
import dev.signpost.content.source.FolderSnapshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one run of the check was asked to do, from its arguments and environment.
 *
 * @param folder           the folder of docs to check
 * @param mount            where the portal serves it ({@code ""} for the root, else a source's mount such as {@code payments})
 * @param warningsAsErrors whether warnings fail the check too
 * @param github           whether to print GitHub Actions workflow commands instead of plain lines
 * @param workspace        the folder annotation paths are relative to ({@code GITHUB_WORKSPACE}), or null
 * @param maxBytes         files larger than this are refused, as {@code signpost.content.max-file-size} does
 * @param defaultInterval  the review interval of pages without {@code review_every}
 */
record CheckOptions(Path folder, String mount, boolean warningsAsErrors, boolean github, Path workspace, long maxBytes,
                    ReviewInterval defaultInterval) {

    /** The environment variable that turns warnings into failures, for workflows that prefer settings to arguments. */
    static final String WARNINGS_AS_ERRORS_ENV = "SIGNPOST_WARNINGS_AS_ERRORS";

    static final String USAGE = """
            Usage: java -jar signpost-docs-check.jar [options] FOLDER
            Checks a folder of Markdown docs as Signpost reads them: front matter, broken links and anchors,
            review dates past due, files too large, syntax Signpost does not render.
              --warnings-as-errors           warnings fail the check too (or SIGNPOST_WARNINGS_AS_ERRORS=true)
              --mount=FOLDER                 where the portal serves the folder, as its source's mount (default: the root);
                                             links to pages outside it (other sources) are not checked
              --max-file-size=SIZE           larger files are refused, e.g. 512K, 2M (default 1M)
              --default-review-every=EVERY   review interval of pages without review_every: 90d, 12w, 6m, 1y (default 180d)
              --format=plain|github          output format (default: github when GITHUB_ACTIONS=true, else plain)
              -h, --help                     this text
            Exit status: 0 clean, 1 errors (or warnings with --warnings-as-errors), 2 bad usage.""";

    private static final Pattern SIZE = Pattern.compile("(\\d{1,12})([KMG]?)B?", Pattern.CASE_INSENSITIVE);

    /** Asked for the usage text: nothing to check. */
    static final class HelpAsked extends Exception {
        HelpAsked() {
            super(null, null, false, false);
        }
    }

    /** Arguments that make no run: the message says what is wrong. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message, null, false, false);
        }
    }

    static CheckOptions parse(List<String> args, Map<String, String> env) throws UsageException, HelpAsked {
        Path folder = null;
        boolean warningsAsErrors = "true".equalsIgnoreCase(env.getOrDefault(WARNINGS_AS_ERRORS_ENV, "").strip());
        boolean github = "true".equalsIgnoreCase(env.getOrDefault("GITHUB_ACTIONS", "").strip());
        String mount = "";
        long maxBytes = 1024 * 1024;
        ReviewInterval interval = ReviewInterval.parse("180d");
        for (String arg : args) {
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            if (arg.equals("-h") || arg.equals("--help")) {
                throw new HelpAsked();
            } else if (arg.equals("--warnings-as-errors")) {
                warningsAsErrors = true;
            } else if (arg.startsWith("--mount=")) {
                try {
                    mount = FolderSnapshot.mount(value);
                } catch (IllegalArgumentException e) {
                    throw new UsageException("--mount '" + value + "' is not a plain folder path (letters, digits, . _ - and spaces; no '..',"
                            + " no hidden folders)");
                }
            } else if (arg.startsWith("--max-file-size=")) {
                maxBytes = size(value);
            } else if (arg.startsWith("--default-review-every=")) {
                try {
                    interval = ReviewInterval.parse(value);
                } catch (IllegalArgumentException e) {
                    throw new UsageException("--default-review-every: " + e.getMessage());
                }
            } else if (arg.startsWith("--format=")) {
                if (!value.equals("plain") && !value.equals("github")) {
                    throw new UsageException("--format must be plain or github, not '" + value + "'");
                }
                github = value.equals("github");
            } else if (arg.startsWith("-") && !arg.equals("-")) {
                throw new UsageException("unknown option " + arg);
            } else if (folder != null) {
                throw new UsageException("one folder only, not both " + folder + " and " + arg);
            } else {
                folder = Path.of(arg);
            }
        }
        if (folder == null) {
            throw new UsageException("no folder given: name the folder of docs to check, e.g. docs/");
        }
        if (!Files.isDirectory(folder)) {
            throw new UsageException("the folder " + folder + " does not exist or is not a folder");
        }
        String workspace = env.getOrDefault("GITHUB_WORKSPACE", "").strip();
        return new CheckOptions(folder, mount, warningsAsErrors, github, workspace.isEmpty() ? null : Path.of(workspace), maxBytes, interval);
    }

    private static long size(String text) throws UsageException {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) {
            throw new UsageException("--max-file-size: '" + text + "' is not a size; write a number of bytes, or with K, M or G");
        }
        int shift = switch (m.group(2).toUpperCase(Locale.ROOT)) {
            case "K" -> 10;
            case "M" -> 20;
            case "G" -> 30;
            default -> 0;
        };
        return Long.parseLong(m.group(1)) << shift;
    }
}
