/**
 * Following and change announcements: people follow what a feature offers as a
 * {@link dev.signpost.notifications.follows.Followable} (a tool, a roadmap item, a campaign), and a change a feature
 * observes is announced once per change, across instances and restarts ({@code announced_state}), to the SIG channels
 * {@link dev.signpost.notifications.follows.SigChannels} names and to the followers. May call {@code notifications},
 * {@code security}, {@code web}, {@code database} and {@code audit}; knows no feature.
 */
package dev.signpost.notifications.follows;
