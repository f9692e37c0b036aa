package dev.signpost.content;

import java.time.Instant;

/**
 * How a content source is doing, for the admin page, the health check and the banner on its pages.
 *
 * @param name         the source's name
 * @param kind         "folder" or "git"
 * @param location     its folder, or its URL without any credentials
 * @param ref          the branch or tag it follows (resolved from the remote's default when not configured), or null
 * @param mount        where it is mounted ({@code ""} for the root)
 * @param commit       the commit served, or null
 * @param commitTime   that commit's time, or null
 * @param lastSuccess  when content was last read (or a fetch last found nothing new)
 * @param lastFailure  when reading or fetching last failed, or null
 * @param failure      why, in plain words (never with credentials), or null
 * @param failingSince the first failure after the last success, or null while it succeeds
 * @param nextAttempt  when it tries again by itself, or null
 * @param pages        how many documents it serves
 * @param loaded       true once it has content to serve (from the remote or its local mirror)
 */
public record SourceStatus(String name, String kind, String location, String ref, String mount, String commit,
        Instant commitTime, Instant lastSuccess, Instant lastFailure, String failure, Instant failingSince,
        Instant nextAttempt, int pages, boolean loaded) {

    /** True while its last attempt failed: its pages are served from what it last read. */
    public boolean degraded() {
        return failingSince != null;
    }

    public String shortCommit() {
        return commit == null ? null : commit.substring(0, Math.min(7, commit.length()));
    }

    public String mountUrl() {
        return mount.isEmpty() ? "/" : ContentPaths.DOCS + "/" + mount;
    }
}
