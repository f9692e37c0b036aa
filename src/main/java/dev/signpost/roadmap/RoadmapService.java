package dev.signpost.roadmap;

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
 * The roadmap of the current content, built the first time it is asked for after the snapshot (or the quarter)
 * changed, then shared. Its problems appear on the content health page.
 */
@ApplicationScoped
public class RoadmapService implements ContentChecks {

    /** How recent a status change must be for the board to mark it. */
    static final int RECENT_DAYS = 30;

    @Inject
    ContentStore store;
    @Inject
    Clock clock;

    private final SnapshotMemo<Roadmap> roadmap = new SnapshotMemo<>();

    public Roadmap roadmap() {
        ContentSnapshot snapshot = store.snapshot();
        Quarter quarter = Quarter.of(today());
        return roadmap.get(snapshot, quarter, () -> Roadmap.of(snapshot, quarter));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalDate recentSince() {
        return today().minusDays(RECENT_DAYS);
    }

    @Override
    public String name() {
        return "Roadmap";
    }

    @Override
    public List<ContentProblem> problems() {
        return roadmap().problems();
    }
}
