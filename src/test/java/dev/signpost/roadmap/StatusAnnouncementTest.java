package dev.signpost.roadmap;

import dev.signpost.notifications.follows.Announcement;
import dev.signpost.notifications.Kind;
import dev.signpost.notifications.follows.Observed;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a roadmap item's status and target look like to the announcements, and what is said when they change. */
class StatusAnnouncementTest {

    private static final Instant LOADED = Instant.parse("2026-11-28T12:00:00Z");
    private static final Quarter NOW = Quarter.of(java.time.LocalDate.of(2026, 11, 28));

    private static Roadmap roadmap(String frontMatter) {
        return Roadmap.build(List.of(RoadmapDocs.doc("runners", "Runner capacity", "team: ci-platform\nsig: code-deployment\n"
                + "tags: [ci, testing-quality-sig]\n" + frontMatter)), Set.of(), NOW);
    }

    private static RoadmapItem item(String frontMatter) {
        return roadmap(frontMatter).item("runners").orElseThrow();
    }

    /** The item as observed: as of its file's modification time (the parser's stamp says the epoch). */
    private static Observed now(RoadmapItem item) {
        return new Observed(item.slug(), new StatusAnnouncement.State(item.status(), item.target()).written(), Instant.EPOCH);
    }

    @Test
    void shouldWriteAndReadStatusAndTarget() {
        RoadmapItem item = item("status: at-risk\ntarget: 2027-Q3\n");
        assertEquals(List.of(new Observed("runners", "at-risk|2027-Q3", Instant.EPOCH)),
                StatusAnnouncement.observe(roadmap("status: at-risk\ntarget: 2027-Q3\n"), LOADED));
        assertEquals(Optional.of(new StatusAnnouncement.State(ItemStatus.AT_RISK, item.target())), StatusAnnouncement.State.read("at-risk|2027-Q3"));
        assertEquals("planned|", new StatusAnnouncement.State(ItemStatus.PLANNED, null).written());
        assertEquals(Optional.of(new StatusAnnouncement.State(ItemStatus.PLANNED, null)), StatusAnnouncement.State.read("planned|"));
        assertEquals(Optional.empty(), StatusAnnouncement.State.read("hold"));
        assertEquals(Optional.empty(), StatusAnnouncement.State.read("someday|2027-Q3"));
        assertEquals(Optional.empty(), StatusAnnouncement.State.read("planned|next year"));
    }

    @Test
    void shouldSayTheNewStatusAndTheMovedTargetInOneLine() {
        RoadmapItem item = item("""
                status: at-risk
                target: 2027-Q3
                updates:
                  - {date: 2026-09-01, status: in-progress}
                  - {date: 2026-11-20, status: at-risk, note: "The runner vendor slipped.", target: 2027-Q3}
                """);
        Announcement a = StatusAnnouncement.of(item, "in-progress|2027-Q2", now(item)).orElseThrow();
        assertEquals(Kind.ROADMAP_CHANGED, a.kind());
        assertEquals("Roadmap: Runner capacity is now at risk (target 2027-Q2 → 2027-Q3)", a.title());
        assertEquals("Status: In progress → At risk.\nTarget: 2027-Q2 → 2027-Q3 (1 quarter later).\nWhy: The runner vendor slipped.", a.body());
        assertEquals("/roadmap/runners", a.link());
        assertEquals(Set.of("code-deployment"), a.sigs());
        assertEquals(List.of("ci", "testing-quality-sig"), a.tags());
        assertEquals("roadmap:runners:in-progress|2027-Q2->at-risk|2027-Q3:" + now(item).asOf().toEpochMilli(), a.cause());
    }

    @Test
    void shouldSayWhatTheStatusWasWhenOnlyTheStatusChanged() {
        RoadmapItem item = item("status: shipped\ntarget: 2027-Q2\n");
        assertEquals("Roadmap: Runner capacity is now shipped (was in progress)",
                StatusAnnouncement.of(item, "in-progress|2027-Q2", now(item)).orElseThrow().title());
    }

    @Test
    void shouldSayHowFarTheTargetMovedWhenOnlyTheTargetChanged() {
        RoadmapItem item = item("status: in-progress\ntarget: 2027-01-15\n");
        Announcement a = StatusAnnouncement.of(item, "in-progress|2027-Q2", now(item)).orElseThrow();
        assertEquals("Roadmap: Runner capacity: target moved from 2027-Q2 to Fri 15 Jan 2027", a.title());
        assertEquals("Target: 2027-Q2 → Fri 15 Jan 2027 (1 quarter earlier).", a.body());

        RoadmapItem none = item("status: in-progress\n");
        assertEquals("Roadmap: Runner capacity: target moved from 2027-Q2 to none",
                StatusAnnouncement.of(none, "in-progress|2027-Q2", now(none)).orElseThrow().title());
    }

    @Test
    void shouldSayNothingWhenNothingFollowedChangedOrTheOldStateCannotBeRead() {
        RoadmapItem item = item("status: in-progress\ntarget: 2027-Q2\n");
        assertEquals(Optional.empty(), StatusAnnouncement.of(item, "in-progress|2027-Q2", now(item)));
        assertEquals(Optional.empty(), StatusAnnouncement.of(item, "garbage", now(item)));
    }

    @Test
    void shouldLeaveOutAnItemWithoutAValidStatus() {
        assertEquals(List.of(), StatusAnnouncement.observe(roadmap("status: someday\n"), LOADED));
    }
}
