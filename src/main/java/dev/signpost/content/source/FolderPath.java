package dev.signpost.content.source;

import java.util.regex.Pattern;

/**
 * A source's mount or folder setting checked as a plain relative folder path. Kept apart from {@link SourceSettings} (which
 * reads the Quarkus configuration) so the docs check can check its {@code --mount} the same way without it.
 */
final class FolderPath {

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._ -]*");

    private FolderPath() {
    }

    /**
     * A folder path without leading or trailing slashes ({@code "/"} is the root, {@code ""}); each segment plain.
     *
     * @throws IllegalArgumentException naming the source and the setting
     */
    static String of(String source, String setting, String value) {
        String path = value.strip().replace('\\', '/').replaceAll("^/+|/+$", "");
        if (path.isEmpty()) {
            return "";
        }
        for (String segment : path.split("/+")) {
            if (!SEGMENT.matcher(segment).matches()) {
                throw new IllegalArgumentException("Source '" + source + "': " + setting + " '" + value + "' is not a plain folder path"
                        + " (letters, digits, . _ - and spaces; no '..', no hidden folders).");
            }
        }
        return path.replaceAll("/+", "/");
    }
}
