package dev.signpost.content.source;

import dev.signpost.git.Secrets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One git source's settings, checked: a name fit for file names and URLs, a URL of a supported kind, a mount and a
 * folder that are plain relative paths.
 */
record SourceSettings(String name, String url, Optional<String> ref, Optional<String> folder, String mount,
        Optional<String> owner, Duration refreshEvery, SourcesConfig.Repository raw) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,62}");
    private static final Pattern SCP_LIKE = Pattern.compile("[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:[^/].*");

    /**
     * @throws IllegalArgumentException with a message naming the source and the setting
     */
    static SourceSettings of(String name, SourcesConfig.Repository raw) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Source '" + name + "': a source's name has lower-case letters, digits and . _ - only"
                    + " (it names its mirror folder and its webhook URL).");
        }
        String url = raw.url().strip();
        String scheme = url.contains("://") ? url.substring(0, url.indexOf("://")).toLowerCase(Locale.ROOT) : "";
        if (!(scheme.equals("https") || scheme.equals("http") || scheme.equals("ssh") || scheme.equals("git") || scheme.equals("file")
                || scheme.isEmpty() && SCP_LIKE.matcher(url).matches())) {
            throw new IllegalArgumentException("Source '" + name + "': signpost.sources." + name + ".url must be an https://, ssh://,"
                    + " git:// or file:// URL (or user@host:path); it is " + Secrets.url(url) + ".");
        }
        String mount = path(name, "mount", raw.mount().orElse(name));
        Optional<String> folder = raw.folder().map(f -> path(name, "folder", f));
        if (raw.refreshEvery().isNegative() || raw.refreshEvery().isZero()) {
            throw new IllegalArgumentException("Source '" + name + "': refresh-every must be longer than zero.");
        }
        return new SourceSettings(name, url, raw.ref().map(String::strip).filter(r -> !r.isEmpty()), folder, mount,
                raw.owner().map(String::strip).filter(o -> !o.isEmpty()), raw.refreshEvery(), raw);
    }

    /** A folder path without leading or trailing slashes ({@code "/"} is the root, {@code ""}); each segment plain. */
    static String path(String source, String setting, String value) {
        return FolderPath.of(source, setting, value);
    }
}
