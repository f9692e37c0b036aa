package dev.signpost.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock the app reads time from, injected everywhere so tests can fix it. Its zone is the portal's
 * ({@code signpost.time-zone}, UTC by default): "today" for due dates, review dates and quarters is today there.
 */
public class SystemClock {

    @ConfigProperty(name = "signpost.time-zone", defaultValue = "UTC")
    ZoneId zone;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(zone);
    }
}
