/**
 * Periodic messages: {@link dev.signpost.notifications.periodic.PeriodicJobs} runs each feature's
 * {@link dev.signpost.notifications.periodic.PeriodicMessages} (daily reminders, daily and weekly digests) for its
 * latest slot, and {@link dev.signpost.notifications.periodic.PerPersonMessages} writes one listing message per person.
 * May call {@code notifications}, {@code people} and {@code database}; knows no feature.
 */
package dev.signpost.notifications.periodic;
