package dev.signpost.docs;

import dev.signpost.content.ContentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Facts about the content the layout shows on every page; templates reach it as {@code inject:contentFacts}. */
@Named("contentFacts")
@ApplicationScoped
public class ContentFacts {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", Locale.ENGLISH);

    @Inject
    ContentStore store;
    @Inject
    Clock clock;

    /** The last formatted time, for the instant it was formatted from: every page shows it, and it changes rarely. */
    private volatile Formatted formatted = new Formatted(null, "");

    private record Formatted(java.time.Instant at, String text) {
    }

    public String lastLoaded() {
        java.time.Instant at = store.snapshot().loadedAt();
        Formatted last = formatted;
        if (!at.equals(last.at())) {
            ZoneId zone = clock.getZone();
            last = new Formatted(at, FORMAT.format(at.atZone(zone)));
            formatted = last;
        }
        return last.text();
    }

    public String lastLoadedIso() {
        return store.snapshot().loadedAt().toString();
    }
}
