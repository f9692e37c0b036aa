package dev.signpost.tools;

import dev.signpost.content.ContentException;
import dev.signpost.content.Document;
import dev.signpost.content.DocumentParser;
import dev.signpost.content.ReviewInterval;
import dev.signpost.content.markdown.MarkdownRenderer;
import dev.signpost.notifications.follows.Announcement;
import dev.signpost.notifications.Kind;
import dev.signpost.notifications.follows.Observed;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a tool's ring looks like to the announcements, and what its followers and SIGs hear when it moves. */
class RingAnnouncementTest {

    private static final DocumentParser PARSER = new DocumentParser(new MarkdownRenderer(), ReviewInterval.parse("180d"));
    private static final Instant CHANGED = Instant.parse("2026-11-20T09:15:00Z");
    private static final Instant LOADED = Instant.parse("2026-11-28T12:00:00Z");

    private static Catalog catalog(String frontMatter) {
        String source = "---\ntitle: Jenkins <CI>\ntags: [ci, code-deployment-sig]\ncategory: CI/CD\n" + frontMatter + "---\n\nOld.\n";
        try {
            Document doc = PARSER.parse("tools/jenkins.md", source.getBytes(StandardCharsets.UTF_8),
                    new Document.FileStamp(source.length(), CHANGED)).document();
            return Catalog.build(List.of(doc), List.of("CI/CD"));
        } catch (ContentException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void shouldObserveEachToolWithAValidRingAsOfItsFilesLastChange() {
        assertEquals(List.of(new Observed("jenkins", "hold", CHANGED)), RingAnnouncement.observe(catalog("ring: hold\n"), LOADED));
        assertEquals(List.of(), RingAnnouncement.observe(catalog("ring: adopt\n"), LOADED), "an unknown ring is not a state to announce");
    }

    @Test
    void shouldSayWhereTheToolMovedWithWhatTheRingMeansAndWhy() {
        Catalog catalog = catalog("""
                ring: hold
                history:
                  - {date: 2024-01-01, ring: supported}
                  - {date: 2026-11-20, ring: hold, note: "Switched off on 2027-03-31."}
                """);
        Tool tool = catalog.tool("jenkins").orElseThrow();
        Observed now = RingAnnouncement.observe(catalog, LOADED).get(0);

        Announcement a = RingAnnouncement.of(tool, "supported", now).orElseThrow();
        assertEquals(Kind.TOOL_RING, a.kind());
        assertEquals("Jenkins <CI> moved from Supported to Hold", a.title(), "plain text: every channel escapes it");
        assertEquals("Hold: do not start new work with it; move off it.\n\nWhy: Switched off on 2027-03-31.", a.body());
        assertEquals("/tools/jenkins", a.link());
        assertEquals("tool-ring:jenkins:supported->hold:" + CHANGED.toEpochMilli(), a.cause());
        assertEquals(Set.of(), a.sigs());
        assertEquals(List.of("ci", "code-deployment-sig"), a.tags(), "the SIGs whose tags mark the tool hear of it");
    }

    @Test
    void shouldGiveNoReasonWhenTheLatestHistoryEntryIsAboutAnotherRing() {
        Catalog catalog = catalog("ring: hold\nhistory:\n  - {date: 2024-01-01, ring: supported, note: Fine.}\n");
        Tool tool = catalog.tool("jenkins").orElseThrow();
        Announcement a = RingAnnouncement.of(tool, "supported", RingAnnouncement.observe(catalog, LOADED).get(0)).orElseThrow();
        assertEquals("Hold: do not start new work with it; move off it.", a.body());
    }

    @Test
    void shouldSayNothingWhenARingIsNotOneSignpostKnows() {
        Catalog catalog = catalog("ring: hold\n");
        Tool tool = catalog.tool("jenkins").orElseThrow();
        Observed now = new Observed("jenkins", "hold", CHANGED);
        assertEquals(Optional.empty(), RingAnnouncement.of(tool, "adopt", now), "recorded by another version of Signpost, say");
        assertEquals(Optional.empty(), RingAnnouncement.of(tool, "hold", now));
    }

    @Test
    void shouldNameEachMoveByItsTimeSoTheSameMoveLaterIsToldAgain() {
        Catalog catalog = catalog("ring: hold\n");
        Tool tool = catalog.tool("jenkins").orElseThrow();
        String first = RingAnnouncement.of(tool, "supported", new Observed("jenkins", "hold", CHANGED)).orElseThrow().cause();
        String again = RingAnnouncement.of(tool, "supported", new Observed("jenkins", "hold", CHANGED.plusSeconds(86_400))).orElseThrow().cause();
        assertEquals(false, first.equals(again));
    }
}
