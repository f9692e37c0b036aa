package dev.signpost.content;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Typed settings for the content engine ({@code signpost.content.*}). */
@ConfigMapping(prefix = "signpost.content")
public interface ContentConfig {

    /** Whether the local folder is a content source at all (off when a git source is the root). */
    @WithDefault("true")
    boolean enabled();

    /** The directory holding the Markdown content. */
    @WithDefault("content")
    Path dir();

    /** Where the folder is mounted: empty for the root (the default), else a folder of the portal such as {@code handbook}. */
    Optional<String> mount();

    /** Files larger than this are refused (the last good version keeps being served). */
    @WithDefault("1M")
    MemorySize maxFileSize();

    /** Review interval for pages that have {@code reviewed} but no {@code review_every}: 90d, 12w, 6m or 1y. */
    @WithDefault("180d")
    @WithConverter(ReviewIntervalConverter.class)
    ReviewInterval defaultReviewEvery();

    /** Template for the "Edit this page" link, {@code {path}} is replaced by the file's path, e.g. {@code https://git.example.com/docs/edit/main/content/{path}}. */
    Optional<String> editUrl();

    /** Template for the link to a file's history, {@code {path}} replaced as for {@link #editUrl()}. */
    Optional<String> historyUrl();

    /** Worker threads that parse and render files; 0 means one per CPU core. */
    @WithDefault("0")
    int loadThreads();

    Watch watch();

    RenderCacheSettings renderCache();

    /** Rendered page bodies kept between restarts, so a restart over unchanged content skips rendering. */
    interface RenderCacheSettings {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("${signpost.data-dir:./data}/rendered")
        Path dir();
    }

    interface Watch {
        /** Pick up changes under the content directory without a restart. */
        @WithDefault("true")
        boolean enabled();

        /** A full rescan that catches anything the file-system events missed; 0 turns it off. */
        @WithDefault("30s")
        Duration rescanInterval();

        /**
         * How long a folder must be quiet before changed files are read, and how young a file may be before it counts
         * as still being written: a file caught half-written is read again later instead of becoming a page. An editor's
         * save, a {@code git checkout} or a sync tool writes a file within a millisecond or two; raise it for tools that
         * write in slow pieces (over a network share).
         */
        @WithDefault("15ms")
        Duration settle();
    }
}
