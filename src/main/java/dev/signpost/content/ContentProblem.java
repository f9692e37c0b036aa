package dev.signpost.content;

/**
 * Something wrong with one content file, told in words an author understands.
 *
 * @param path    the file, relative to the content root
 * @param line    1-based line in the file, or 0 when not known
 * @param message what is wrong and, where possible, how to fix it
 * @param fatal   true when the file could not be used at all (its last good version, if any, is still served)
 */
public record ContentProblem(String path, int line, String message, boolean fatal) {

    public static ContentProblem error(String path, int line, String message) {
        return new ContentProblem(path, line, message, true);
    }

    public static ContentProblem warning(String path, int line, String message) {
        return new ContentProblem(path, line, message, false);
    }
}
