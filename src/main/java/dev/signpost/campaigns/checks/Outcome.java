package dev.signpost.campaigns.checks;

/**
 * What one check found in one repository: passed or not, the file that decided it (empty when no single file did)
 * and a sentence saying why, for the repository table.
 */
public record Outcome(boolean passed, String path, String detail) {

    public static Outcome pass(String path, String detail) {
        return new Outcome(true, path == null ? "" : path, detail);
    }

    public static Outcome fail(String path, String detail) {
        return new Outcome(false, path == null ? "" : path, detail);
    }
}
