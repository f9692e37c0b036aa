/**
 * Signpost's own metrics at {@code /q/metrics} (Micrometer, Prometheus format): page views by section, the content
 * snapshot and its sources, git fetches, and the gauges that count rows in the database ({@link
 * dev.signpost.metrics.StoredCounts}, which features implement; refreshed in the background, never per scrape). Knows no
 * feature: features that count events (searches, ratings, live subscribers) register their own meters with Micrometer.
 */
package dev.signpost.metrics;
