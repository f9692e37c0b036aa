package dev.signpost;

import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Every @QuarkusTest runs on 28 November 2026, so freshness assertions never drift with the calendar. A test that needs
 * time to pass (a timebox running out) moves the clock with {@link #advance} and puts it back with {@link #reset}.
 */
public class TestClock {

    public static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    private static volatile Instant current = NOW;

    /** Moves the app's clock forward. */
    public static void advance(Duration by) {
        current = current.plus(by);
    }

    /** Puts the app's clock back to {@link #NOW}. */
    public static void reset() {
        current = NOW;
    }

    /** The portal's zone as the app's own clock has it: {@code signpost.time-zone}, UTC unless a test profile sets another. */
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "signpost.time-zone", defaultValue = "UTC")
    ZoneId zone;

    @Produces
    @Mock
    @ApplicationScoped
    Clock clock() {
        ZoneId portal = zone == null ? ZoneOffset.UTC : zone;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return portal;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.fixed(current, zone);
            }

            @Override
            public Instant instant() {
                return current;
            }
        };
    }
}
