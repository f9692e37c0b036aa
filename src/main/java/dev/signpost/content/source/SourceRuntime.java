package dev.signpost.content.source;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

/** What every source shares: a timer for polls, the bounded fetch pool, the gap between fetches, the clock, the work folder. */
record SourceRuntime(ScheduledExecutorService timer, ExecutorService fetchPool, Duration minFetchGap, Clock clock, Path workDir) {
}
