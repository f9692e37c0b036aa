package dev.signpost.roadmap;

import dev.signpost.content.ContentProblem;
import dev.signpost.content.Document;
import dev.signpost.content.markdown.MarkdownRenderer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The change computation between a baseline and the roadmap now, the history reconstruction and the exports. */
class RoadmapChangesTest {

    private static final Quarter NOW = new Quarter(2026, 4);
    private static final LocalDate SINCE = LocalDate.parse("2026-11-01");

    private static Document doc(String slug, String frontMatter) {
        return RoadmapDocs.doc(slug, slug + " title", "team: ci-platform\n" + frontMatter);
    }

    private static Roadmap roadmap(Document... docs) {
        return Roadmap.build(List.of(docs), Set.of(), NOW);
    }

    private static ItemState state(String slug, ItemStatus status, String target, Horizon horizon) {
        return new ItemState(slug, slug + " title", "ci-platform", null, status, When.parse(target).orElse(null), horizon);
    }

    private static List<RoadmapChange> changes(Map<String, ItemState> before, Roadmap now) {
        return RoadmapChanges.between(before, now.items(), i -> true, s -> true);
    }

    private static RoadmapChange only(List<RoadmapChange> changes, RoadmapChange.Kind kind) {
        List<RoadmapChange> ofKind = changes.stream().filter(c -> c.kind() == kind).toList();
        assertEquals(1, ofKind.size(), changes.toString());
        return ofKind.get(0);
    }

    @Test
    void shouldFindAddedRemovedStatusTargetAndHorizonChanges() {
        Roadmap now = roadmap(
                doc("same", "status: planned\ntarget: 2027-Q1\n"),
                doc("new", "status: exploring\nupdates:\n  - {date: 2026-11-05, status: exploring, note: Proposed at the SIG}\n"),
                doc("risky", "status: at-risk\ntarget: 2027-Q1\nupdates:\n  - {date: 2026-06-01, status: in-progress, note: Started}\n"
                        + "  - {date: 2026-11-16, status: at-risk, note: Three teams have not started}\n"),
                doc("slipped", "status: planned\ntarget: 2027-Q3\n"));
        Map<String, ItemState> before = new LinkedHashMap<>();
        before.put("same", state("same", ItemStatus.PLANNED, "2027-Q1", Horizon.NEXT));
        before.put("risky", state("risky", ItemStatus.IN_PROGRESS, "2027-Q1", Horizon.NOW));
        before.put("slipped", state("slipped", ItemStatus.PLANNED, "2027-Q1", Horizon.NEXT));
        before.put("gone", state("gone", ItemStatus.EXPLORING, null, Horizon.LATER));

        List<RoadmapChange> changes = changes(before, now);

        assertEquals(List.of(RoadmapChange.Kind.ADDED, RoadmapChange.Kind.STATUS, RoadmapChange.Kind.TARGET,
                RoadmapChange.Kind.HORIZON, RoadmapChange.Kind.REMOVED), changes.stream().map(RoadmapChange::kind).toList(),
                "nothing about 'same'; one change of each kind, in this order: " + changes);
        RoadmapChange added = only(changes, RoadmapChange.Kind.ADDED);
        assertEquals("new", added.slug());
        assertEquals("Proposed at the SIG", added.detail());
        RoadmapChange status = only(changes, RoadmapChange.Kind.STATUS);
        assertEquals(List.of("risky", "In progress", "At risk", "Three teams have not started", LocalDate.parse("2026-11-16")),
                List.of(status.slug(), status.from(), status.to(), status.detail(), status.date()));
        RoadmapChange target = only(changes, RoadmapChange.Kind.TARGET);
        assertEquals(List.of("slipped", "2027-Q1", "2027-Q3", "2 quarters later"),
                List.of(target.slug(), target.from(), target.to(), target.detail()));
        RoadmapChange horizon = only(changes, RoadmapChange.Kind.HORIZON);
        assertEquals(List.of("slipped", "Next", "Later"), List.of(horizon.slug(), horizon.from(), horizon.to()));
        RoadmapChange removed = only(changes, RoadmapChange.Kind.REMOVED);
        assertEquals("gone", removed.slug());
        assertEquals(null, removed.href(), "a removed item has no page");
    }

    @Test
    void shouldExplainAChangeWithAnUpdateDatedBeforeTheBaselineThatTheBaselineNeverSaw() {
        Roadmap now = roadmap(doc("late", "status: at-risk\nupdates:\n  - {date: 2026-06-01, status: planned}\n"
                + "  - {date: 2026-10-30, status: at-risk, note: Written down a week late}\n"));
        List<RoadmapChange> changes = changes(Map.of("late", state("late", ItemStatus.PLANNED, null, Horizon.NEXT)), now);
        RoadmapChange status = only(changes, RoadmapChange.Kind.STATUS);
        assertEquals("Written down a week late", status.detail());
        assertEquals(LocalDate.parse("2026-10-30"), status.date());
    }

    @Test
    void shouldReportNothingWhenNothingChanged() {
        Roadmap now = roadmap(doc("a", "status: planned\ntarget: 2027-Q1\n"), doc("b", "status: shipped\ntarget: 2026-Q2\n"));
        assertEquals(List.of(), changes(now.states(), now));
    }

    @Test
    void shouldNotReportAHorizonChangeWhenAnItemFinished() {
        Roadmap now = roadmap(doc("done", "status: shipped\ntarget: 2026-Q4\nupdates:\n  - {date: 2026-11-20, status: shipped, note: Live}\n"));
        List<RoadmapChange> changes = changes(Map.of("done", state("done", ItemStatus.IN_PROGRESS, "2026-Q4", Horizon.NOW)), now);
        assertEquals(List.of(RoadmapChange.Kind.STATUS), changes.stream().map(RoadmapChange::kind).toList());
        assertEquals("Live", changes.get(0).detail());
    }

    @Test
    void shouldApplyTheFiltersToCurrentAndRemovedItemsAndNotCallFilteredItemsRemoved() {
        Roadmap now = roadmap(doc("kept", "status: planned\ntarget: 2027-Q3\n"), doc("other", "status: at-risk\n"));
        Map<String, ItemState> before = Map.of(
                "kept", state("kept", ItemStatus.PLANNED, "2027-Q1", Horizon.NEXT),
                "other", state("other", ItemStatus.PLANNED, null, Horizon.NEXT),
                "gone", state("gone", ItemStatus.PLANNED, null, Horizon.NEXT));
        List<RoadmapChange> changes = RoadmapChanges.between(before, now.items(), i -> i.slug().equals("kept"), s -> false);
        assertTrue(changes.stream().allMatch(c -> c.slug().equals("kept")), changes.toString());
        assertFalse(changes.isEmpty());
    }

    @ParameterizedTest
    @CsvSource({
            "2026-Q4,    2027-Q2,    2 quarters later",
            "2027-Q2,    2027-Q1,    1 quarter earlier",
            "2026-11-30, 2026-12-18, '18 days later, same quarter'",
            "2027-01-08, 2026-Q4,    1 quarter earlier",
            "2026-Q4,    2026-12-31, same quarter"})
    void shouldSayHowFarATargetMoved(String from, String to, String expected) {
        assertEquals(expected, RoadmapChanges.moved(When.parse(from).orElseThrow(), When.parse(to).orElseThrow()));
    }

    @Test
    void shouldTellWhenATargetWasSetOrRemoved() {
        assertEquals("target set", RoadmapChanges.moved(null, When.parse("2027-Q1").orElseThrow()));
        assertEquals("target removed", RoadmapChanges.moved(When.parse("2027-Q1").orElseThrow(), null));
    }

    @Test
    void shouldReconstructWhatAnItemWasOnADayFromItsUpdates() {
        RoadmapItem item = roadmap(doc("runners", "status: in-progress\ntarget: 2026-12-18\nupdates:\n"
                + "  - {date: 2026-07-06, status: planned, target: 2026-11-30, note: Queues}\n"
                + "  - {date: 2026-08-24, status: in-progress, note: Autoscaler}\n"
                + "  - {date: 2026-11-09, status: in-progress, target: 2026-12-18, note: Image rebuilt}\n")).items().get(0);

        assertTrue(item.stateOn(LocalDate.parse("2026-07-05")).isEmpty(), "before its first update it did not exist");
        ItemState july = item.stateOn(LocalDate.parse("2026-07-06")).orElseThrow();
        assertEquals(ItemStatus.PLANNED, july.status());
        assertEquals("2026-11-30", july.target().label());
        assertEquals(Horizon.NEXT, july.horizon(), "planned for the next quarter, derived as it was in 2026-Q3");
        ItemState october = item.stateOn(LocalDate.parse("2026-10-31")).orElseThrow();
        assertEquals(ItemStatus.IN_PROGRESS, october.status());
        assertEquals("2026-11-30", october.target().label());
        assertEquals(Horizon.NOW, october.horizon());
        assertEquals(item.state(), item.stateOn(LocalDate.parse("2026-11-28")).orElseThrow());
    }

    @Test
    void shouldTakeAnItemWithoutHistoryAsItIsAndATargetNoUpdateNamesAsUnchanged() {
        Roadmap now = roadmap(doc("plain", "status: planned\ntarget: 2027-Q1\n"),
                doc("steady", "status: in-progress\ntarget: 2027-Q1\nupdates:\n  - {date: 2026-01-05, status: planned}\n"
                        + "  - {date: 2026-11-10, status: in-progress}\n"));
        Map<String, ItemState> october = now.statesOn(LocalDate.parse("2026-10-31"));
        assertEquals(now.item("plain").orElseThrow().state(), october.get("plain"));
        assertEquals("2027-Q1", october.get("steady").target().label());
        assertEquals(ItemStatus.PLANNED, october.get("steady").status());
        List<RoadmapChange> since = changes(october, now);
        assertEquals(List.of(RoadmapChange.Kind.STATUS, RoadmapChange.Kind.HORIZON), since.stream().map(RoadmapChange::kind).toList());
    }

    @Test
    void shouldFindChangesSinceADayFromTheContentHistoryAlone() {
        Roadmap now = roadmap(doc("metrics", "status: in-progress\ntarget: 2027-Q1\nupdates:\n"
                + "  - {date: 2026-06-22, status: exploring, target: 2026-Q4}\n"
                + "  - {date: 2026-11-03, status: in-progress, target: 2027-Q1, note: Live for 38 repositories; target moved}\n"));
        List<RoadmapChange> changes = changes(now.statesOn(SINCE.minusDays(1)), now);
        RoadmapChange target = only(changes, RoadmapChange.Kind.TARGET);
        assertEquals("1 quarter later: Live for 38 repositories; target moved", target.detail());
        assertEquals(LocalDate.parse("2026-11-03"), target.date());
        assertEquals("Exploring", only(changes, RoadmapChange.Kind.STATUS).from());
        assertEquals("Later", only(changes, RoadmapChange.Kind.HORIZON).from());
    }

    @Test
    void shouldReportABadUpdateTargetAndATargetTheHistoryContradicts() {
        Roadmap roadmap = roadmap(doc("x", "status: planned\ntarget: 2027-Q2\nupdates:\n"
                + "  - {date: 2026-01-05, status: planned, target: someday}\n  - {date: 2026-02-05, status: planned, target: 2027-Q1}\n"));
        List<String> messages = roadmap.problems().stream().map(ContentProblem::message).toList();
        assertTrue(messages.stream().anyMatch(m -> m.contains("Update 1 has target 'someday'")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("sets the target to 2027-Q1 but 'target' is 2027-Q2")), messages.toString());
    }

    @Test
    void shouldExportChangesAsCsvThatSpreadsheetsCannotRun() throws IOException {
        RoadmapChange hostile = new RoadmapChange(RoadmapChange.Kind.STATUS, "x", "=HYPERLINK(\"http://evil\")", "a,b", "Planned",
                "At risk", "line one\nline \"two\"", LocalDate.parse("2026-11-16"), "/roadmap/x");
        String csv = RoadmapExport.changesCsv(List.of(hostile));
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv)).getRecords();
        assertEquals(1, records.size());
        assertEquals("'=HYPERLINK(\"http://evil\")", records.get(0).get("title"));
        assertEquals("a,b", records.get(0).get("team"));
        assertEquals("line one\nline \"two\"", records.get(0).get("detail"));
        assertEquals("status", records.get(0).get("change"));
    }

    @Test
    void shouldExportChangesAsMarkdownWhoseCellsShowAsTyped() {
        String title = "Pipes | <script>alert(1)</script> **bold** [link](http://x) `code` & more";
        RoadmapChange hostile = new RoadmapChange(RoadmapChange.Kind.ADDED, "x", title, "ci", "", "Planned", "two\nlines", null, "/roadmap/x");
        Baseline baseline = new Baseline(SINCE, null, Map.of(), "2026-11-01", "");
        String markdown = RoadmapExport.changesMarkdown(List.of(hostile), baseline, LocalDate.parse("2026-11-28"));

        String html = new MarkdownRenderer().renderFragment(markdown);
        org.jsoup.nodes.Document rendered = Jsoup.parseBodyFragment(html);
        assertEquals(0, rendered.select("table script, table strong, table code, table a[href=http://x]:containsOwn(link)").size(), html);
        List<String> cells = rendered.select("table tbody tr td").stream().map(org.jsoup.nodes.Element::text).toList();
        assertEquals(6, cells.size(), "the pipe did not split the cell: " + cells);
        assertEquals(title, cells.get(0));
        assertEquals("two lines", cells.get(4));
        assertTrue(markdown.startsWith("# Roadmap changes since Sun 1 Nov 2026\n"), markdown);
    }

    @Test
    void shouldExportTheBoardByHorizonWithFinishedItemsLast() {
        Roadmap now = roadmap(doc("a", "status: in-progress\ntarget: 2026-Q4\n"), doc("b", "status: exploring\n"),
                doc("c", "status: shipped\ntarget: 2026-Q3\n"));
        String markdown = RoadmapExport.boardMarkdown(now.items(), LocalDate.parse("2026-11-28"), "");
        List<String> headings = new ArrayList<>();
        markdown.lines().filter(l -> l.startsWith("## ")).forEach(headings::add);
        assertEquals(List.of("## Now", "## Later", "## Shipped"), headings);
        List<CSVRecord> rows;
        try {
            rows = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(RoadmapExport.boardCsv(now.items()))).getRecords();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertEquals(List.of("c", "a", "b"), rows.stream().map(r -> r.get("slug")).toList(), "by target, as on the board");
        assertEquals("", rows.get(0).get("horizon"), "a shipped item has no horizon");
        assertEquals("now", rows.get(1).get("horizon"));
    }
}
