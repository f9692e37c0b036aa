package dev.signpost.content.source;

import dev.signpost.content.SourceFetched;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

/**
 * What every source shares: a timer for polls, the bounded fetch pool, the gap between fetches, the clock, the work
 * folder, and who is told of each fetch (the metrics).
 */
record SourceRuntime(ScheduledExecutorService timer, ExecutorService fetchPool, Duration minFetchGap, Clock clock, Path workDir,
        Consumer<SourceFetched> fetched) {

    /** A runtime that tells nobody of its fetches (tests, tools outside the application). */
    SourceRuntime(ScheduledExecutorService timer, ExecutorService fetchPool, Duration minFetchGap, Clock clock, Path workDir) {
        this(timer, fetchPool, minFetchGap, clock, workDir, fetch -> { });
    }
}
