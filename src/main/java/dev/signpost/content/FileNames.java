package dev.signpost.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a file or folder name says besides where it is: the number that orders it in the navigation
 * ({@code 01-intro.md}, as Docusaurus reads names) without showing in addresses or titles, and the title a page or
 * folder without one of its own gets from its name.
 */
public final class FileNames {

    private static final Pattern NUMBER_PREFIX = Pattern.compile("^(\\d{1,3})[-_.]+(?=[^\\d\\s\\-_.])");

    private FileNames() {
    }

    /**
     * A file or folder name without the number that orders it ({@code 01-intro.md -> intro.md}, {@code 2-guides ->
     * guides}), as Docusaurus reads them. Only a number followed by {@code -}, {@code _} or {@code .} and a name that
     * does not start with a digit: {@code 2026-11-01-notes.md} (a date) and {@code 1.2-notes.md} (a version) keep theirs.
     */
    public static String withoutNumberPrefix(String name) {
        Matcher m = NUMBER_PREFIX.matcher(name);
        return m.find() && !ContentPaths.stripExtension(name.substring(m.end())).isEmpty() ? name.substring(m.end()) : name;
    }

    /** The number a file or folder name starts with to order it ({@code 01-intro.md -> 1}), or null. */
    public static Integer numberPrefix(String name) {
        Matcher m = NUMBER_PREFIX.matcher(name);
        if (!m.find() || ContentPaths.stripExtension(name.substring(m.end())).isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(m.group(1));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A path with the number prefix of each segment removed. */
    static String unprefixed(String path) {
        if (path.indexOf('-') < 0 && path.indexOf('_') < 0 && path.indexOf('.') < 0) {
            return path;
        }
        StringBuilder out = new StringBuilder(path.length());
        for (String segment : path.split("/", -1)) {
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(withoutNumberPrefix(segment));
        }
        return out.toString();
    }

    /** The title a file or folder gets from its name: {@code 02-rolling-back.md -> Rolling back}. */
    public static String title(String path) {
        return ContentPaths.humanise(withoutNumberPrefix(ContentPaths.fileName(path)));
    }
}
