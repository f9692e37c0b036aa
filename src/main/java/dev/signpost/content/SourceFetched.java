package dev.signpost.content;

import java.time.Duration;

/**
 * Fired (as a CDI event) after a git source tried to refresh: fetched and, when something changed, read and applied.
 * For the metrics; observers must be quick, since it is delivered on the source's fetch thread.
 *
 * @param source    the source's name from configuration
 * @param succeeded false when the fetch or reading the fetched commit failed (its last good content stays served)
 * @param took      from the start of the fetch to the new snapshot served (or the failure)
 */
public record SourceFetched(String source, boolean succeeded, Duration took) {
}
