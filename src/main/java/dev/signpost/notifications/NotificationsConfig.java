package dev.signpost.notifications;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;

/** {@code signpost.notifications.*}: how often and how hard the dispatcher tries, and when periodic messages go. */
@ConfigMapping(prefix = "signpost.notifications")
public interface NotificationsConfig {

    /** How often the dispatcher looks for due messages (a Quarkus duration such as {@code 5s}; {@code off} stops it). */
    @WithDefault("5s")
    String dispatchEvery();

    /**
     * How often periodic messages (reminders, digests: {@code periodic.PeriodicJobs}) are looked for; each goes once, after
     * its slot ({@code off} stops them).
     */
    @WithDefault("5m")
    String periodicEvery();

    /** The most messages one instance claims per run. */
    @WithDefault("50")
    int batch();

    /** How long a claim holds; a message whose instance died mid-dispatch is free again after it. */
    @WithDefault("2m")
    Duration claimFor();

    /** The wait after the first failure; it doubles with each further failure. */
    @WithDefault("30s")
    Duration firstRetry();

    /** The longest wait between two attempts. */
    @WithDefault("1h")
    Duration longestRetry();

    /** After this many failed attempts a message is dead. */
    @WithDefault("8")
    int maxAttempts();

    /**
     * The portal's address as its readers reach it ({@code https://signpost.example.com}): links in email and chat
     * messages start with it.
     */
    @WithDefault("http://localhost:8080")
    String portalUrl();

    /** When the daily reminders and digests go, in the portal's time zone ({@code signpost.time-zone}). */
    @WithDefault("07:00")
    LocalTime dailyAt();

    /** The day the weekly digests go, at {@link #dailyAt()}. */
    @WithDefault("monday")
    DayOfWeek weeklyOn();

    /** How long the outbox keeps the record of a sent message before {@link Retention} deletes it. */
    @WithDefault("30d")
    Duration keepSent();

    /** This instance's name in claims; by default the host name and a random suffix. */
    Optional<String> instance();
}
