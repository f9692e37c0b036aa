package dev.signpost.tools;

import dev.signpost.content.ContentChecks;
import dev.signpost.content.ContentProblem;
import dev.signpost.content.ContentSnapshot;
import dev.signpost.content.ContentStore;
import dev.signpost.content.SnapshotMemo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The catalog of the current content: built from a snapshot the first time it is asked for after the snapshot
 * changed, then shared. Its problems appear on the content health page.
 */
@ApplicationScoped
public class ToolCatalog implements ContentChecks {

    @Inject
    ContentStore store;
    @Inject
    ToolsConfig config;
    @Inject
    Clock clock;

    private final SnapshotMemo<Catalog> catalog = new SnapshotMemo<>();

    private record Radar(Catalog catalog, LocalDate since, RadarView view) {
    }

    private volatile Radar radar;

    /** The radar with every blip shown, drawn once per catalog and day. */
    public RadarView radar(Catalog catalog, LocalDate since) {
        Radar current = radar;
        if (current == null || current.catalog() != catalog || !current.since().equals(since)) {
            current = new Radar(catalog, since, RadarView.of(catalog, since));
            radar = current;
        }
        return current.view();
    }

    public Catalog catalog() {
        ContentSnapshot snapshot = store.snapshot();
        return catalog.get(snapshot, null, () -> Catalog.of(snapshot, config.categories()));
    }

    /** The first day that counts as recent for the radar's "new", "moved in" and "moved out" marks. */
    public LocalDate recentSince() {
        return today().minusDays(config.recentDays());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public int recentDays() {
        return config.recentDays();
    }

    @Override
    public String name() {
        return "Tool catalog";
    }

    @Override
    public List<ContentProblem> problems() {
        return catalog().problems();
    }
}
