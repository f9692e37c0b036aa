package dev.signpost.content.source;

import dev.signpost.content.SourceStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The running record of one source's attempts: what it serves, its last success and failure, since when it fails, and
 * how long to wait before the next attempt (backing off after failures, up to the refresh interval).
 */
final class SourceBook {

    private static final Duration FIRST_RETRY = Duration.ofSeconds(2);

    private final String name;
    private final String kind;
    private final String location;
    private final String mount;
    private final Clock clock;
    private String ref;
    private String commit;
    private Instant commitTime;
    private Instant lastSuccess;
    private Instant lastFailure;
    private String failure;
    private Instant failingSince;
    private Instant nextAttempt;
    private boolean loaded;
    private int failures;

    SourceBook(String name, String kind, String location, String mount, Clock clock) {
        this.name = name;
        this.kind = kind;
        this.location = location;
        this.mount = mount;
        this.clock = clock;
    }

    /** Content was read from the local mirror (after a restart); the remote has not been asked yet. */
    synchronized void fromMirror(String ref, String commit, Instant commitTime) {
        serve(ref, commit, commitTime);
    }

    synchronized void succeeded(String ref, String commit, Instant commitTime) {
        serve(ref, commit, commitTime);
        lastSuccess = clock.instant();
        failingSince = null;
        failures = 0;
    }

    synchronized void failed(String reason) {
        lastFailure = clock.instant();
        failure = reason;
        if (failingSince == null) {
            failingSince = lastFailure;
        }
        failures++;
    }

    /** Wait before the next attempt: the refresh interval, or after failures 2 s, 4 s, 8 s ... up to it. */
    synchronized Duration nextDelay(Duration refreshEvery) {
        if (failures == 0) {
            return refreshEvery;
        }
        Duration backoff = FIRST_RETRY.multipliedBy(1L << Math.min(failures - 1, 16));
        return backoff.compareTo(refreshEvery) < 0 ? backoff : refreshEvery;
    }

    synchronized void nextAttempt(long delayMillis) {
        nextAttempt = clock.instant().plusMillis(delayMillis);
    }

    synchronized SourceStatus status() {
        return new SourceStatus(name, kind, location, ref, mount, commit, commitTime, lastSuccess, lastFailure, failure,
                failingSince, nextAttempt, 0, loaded);
    }

    private void serve(String ref, String commit, Instant commitTime) {
        this.ref = ref;
        this.commit = commit;
        this.commitTime = commitTime;
        this.loaded = true;
    }
}
