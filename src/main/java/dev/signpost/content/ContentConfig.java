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

    /** The directory holding the Markdown content. */
    @WithDefault("content")
    Path dir();

    /** Files larger than this are refused (the last good version keeps being served). */
    @WithDefault("1M")
    MemorySize maxFileSize();

    /** Review interval for pages that have {@code reviewed} but no {@code review_every}: 90d, 12w, 6m or 1y. */
    @WithDefault("180d")
    @WithConverter(ReviewIntervalConverter.class)
    ReviewInterval defaultReviewEvery();

    /** Template for the "Edit this page" link, {@code {path}} is replaced by the file's path, e.g. {@code https://git.example.com/docs/edit/main/content/{path}}. */
    Optional<String> editUrl();

    /** The "Edit this page" link for a content file, or null when no template is configured. */
    default String editUrlOf(String path) {
        return editUrl().map(template -> template.replace("{path}", path)).orElse(null);
    }

    /** Worker threads that parse and render files; 0 means one per CPU core. */
    @WithDefault("0")
    int loadThreads();

    Watch watch();

    interface Watch {
        /** Pick up changes under the content directory without a restart. */
        @WithDefault("true")
        boolean enabled();

        /** A full rescan that catches anything the file-system events missed; 0 turns it off. */
        @WithDefault("30s")
        Duration rescanInterval();
    }
}
