package dev.signpost;

import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Every @QuarkusTest runs on 28 November 2026, so freshness assertions never drift with the calendar. */
public class TestClock {

    public static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @Produces
    @Mock
    @ApplicationScoped
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
