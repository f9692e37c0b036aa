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

    public String lastLoaded() {
        ZoneId zone = clock.getZone();
        return FORMAT.format(store.snapshot().loadedAt().atZone(zone));
    }

    public String lastLoadedIso() {
        return store.snapshot().loadedAt().toString();
    }
}
