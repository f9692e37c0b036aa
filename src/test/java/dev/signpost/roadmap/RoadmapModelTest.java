package dev.signpost.roadmap;

import dev.signpost.content.ContentProblem;
import dev.signpost.content.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quarters, horizons, validation and dependency cycles of the roadmap model, as pure functions. */
class RoadmapModelTest {

    private static final Quarter NOW = new Quarter(2026, 4);

    private static Document doc(String slug, String frontMatter) {
        return RoadmapDocs.doc(slug, slug, frontMatter);
    }

    private static List<String> messages(Roadmap roadmap, String slug) {
        return roadmap.problems().stream().filter(p -> p.path().equals("roadmap/" + slug + ".md")).map(ContentProblem::message).toList();
    }

    @ParameterizedTest
    @CsvSource({"2026-Q3, 2026, 3", "2026q1, 2026, 1", "2027-Q4, 2027, 4", "2026-08-14, 2026, 3", "2026-12-31, 2026, 4"})
    void shouldParseQuartersAndDays(String text, int year, int quarter) {
        assertEquals(Optional.of(new Quarter(year, quarter)), Quarter.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-Q5", "2026-Q0", "Q3 2026", "soon", "2026-13-01", ""})
    void shouldRefuseWhatIsNotAQuarter(String text) {
        assertEquals(Optional.empty(), Quarter.parse(text));
    }

    @Test
    void shouldCountQuartersAcrossYears() {
        assertEquals(3, new Quarter(2027, 3).minus(NOW));
        assertEquals(new Quarter(2027, 2), NOW.plus(2));
        assertEquals(new Quarter(2026, 1), NOW.plus(-3));
        assertEquals(LocalDate.parse("2026-10-01"), NOW.firstDay());
        assertEquals(LocalDate.parse("2026-12-31"), NOW.lastDay());
    }

    @ParameterizedTest
    @CsvSource({
            "in-progress, 2027-Q4, NOW",
            "at-risk,     2026-Q4, NOW",
            "planned,     2027-Q1, NEXT",
            "planned,     2027-Q2, NEXT",
            "planned,     2027-Q3, LATER",
            "exploring,   2027-Q1, LATER"})
    void shouldDeriveTheHorizonFromStatusAndTarget(String status, String target, Horizon expected) {
        assertEquals(expected, Horizon.derive(ItemStatus.of(status).orElseThrow(), Quarter.parse(target).orElseThrow(), NOW));
    }

    @Test
    void shouldLeaveFinishedItemsWithoutAHorizonAndKeepAWrittenOne() {
        Roadmap roadmap = Roadmap.build(List.of(doc("done", "status: shipped\ntarget: 2026-Q2\n"),
                doc("pinned", "status: exploring\nhorizon: now\ntarget: 2028-Q1\n")), Set.of(), NOW);
        assertNull(roadmap.item("done").orElseThrow().horizon());
        RoadmapItem pinned = roadmap.item("pinned").orElseThrow();
        assertEquals(Horizon.NOW, pinned.horizon());
        assertFalse(pinned.horizonDerived());
    }

    @Test
    void shouldReadAValidItemAndComputeBlocks() {
        Roadmap roadmap = Roadmap.build(List.of(
                doc("shutdown", """
                        status: planned
                        start: 2027-Q1
                        target: 2027-03-31
                        team: ci-platform
                        sig: code-deployment
                        depends_on: [read-only]
                        tools: [jenkins]
                        updates:
                          - {date: 2026-06-01, status: exploring, note: Asked.}
                          - {date: 2026-10-02, status: planned, note: Date agreed.}
                        """),
                doc("read-only", "status: in-progress\ntarget: 2027-01-15\n")), Set.of("jenkins"), NOW);
        assertEquals(List.of(), roadmap.problems());
        RoadmapItem shutdown = roadmap.item("shutdown").orElseThrow();
        assertEquals(ItemStatus.PLANNED, shutdown.status());
        assertEquals(Horizon.NEXT, shutdown.horizon());
        assertEquals("2027-03-31", shutdown.target().label());
        assertEquals(new Quarter(2027, 1), shutdown.target().quarter());
        assertEquals(List.of("jenkins"), shutdown.tools());
        assertEquals("/roadmap/shutdown", shutdown.doc().url());
        assertEquals("roadmap-item", shutdown.doc().type());
        RoadmapItem readOnly = roadmap.item("read-only").orElseThrow();
        assertEquals(List.of(readOnly), roadmap.blockedBy(shutdown));
        assertEquals(List.of(shutdown), roadmap.blocks(readOnly));
        assertEquals(List.of("read-only", "shutdown"), roadmap.items().stream().map(RoadmapItem::slug).toList(), "by target");
        assertTrue(shutdown.changedSince(LocalDate.parse("2026-10-01")));
        assertFalse(shutdown.changedSince(LocalDate.parse("2026-10-03")));
    }

    @Test
    void shouldReportEveryMistakeAndStillShowTheItem() {
        Roadmap roadmap = Roadmap.build(List.of(doc("messy", """
                status: finished
                horizon: soonish
                start: 2027-Q2
                target: 2026-Q9
                depends_on: [ghost]
                tools: [no-such-tool]
                updates:
                  - {date: 2026-05-01, status: planned}
                  - {date: 2026-01-01, status: exploring}
                  - {date: yesterday, status: planned}
                """)), Set.of(), NOW);
        RoadmapItem messy = roadmap.item("messy").orElseThrow();
        assertNull(messy.status());
        assertNull(messy.target());
        assertEquals(List.of(), messy.dependsOn());
        assertEquals(2, messy.updates().size());
        List<String> messages = messages(roadmap, "messy");
        for (String expected : List.of("Unknown status 'finished'", "Unknown horizon 'soonish'", "'target' is '2026-Q9'",
                "'depends_on' names 'ghost'", "'tools' names 'no-such-tool'", "comes before the update above it", "Update 3")) {
            assertTrue(messages.stream().anyMatch(m -> m.contains(expected)), expected + " in " + messages);
        }
    }

    @Test
    void shouldFindDependencyCyclesOnceEach() {
        Roadmap roadmap = Roadmap.build(List.of(
                doc("a", "status: planned\ndepends_on: [b]\n"),
                doc("b", "status: planned\ndepends_on: [c]\n"),
                doc("c", "status: planned\ndepends_on: [a]\n"),
                doc("d", "status: planned\ndepends_on: [d]\n"),
                doc("e", "status: planned\ndepends_on: [a]\n")), Set.of(), NOW);
        List<String> cycles = roadmap.problems().stream().map(ContentProblem::message).filter(m -> m.contains("circle")).toList();
        assertEquals(List.of("'depends_on' goes round in a circle: a → b → c → a. Remove one of these dependencies."), cycles);
        assertTrue(messages(roadmap, "d").get(0).contains("names this file itself"));
    }

    @Test
    void shouldFilterByTeamSigStatusTagAndText() {
        Roadmap roadmap = Roadmap.build(List.of(
                doc("x", "status: in-progress\nteam: qa\nsig: testing-quality\ntags: [load]\n"),
                doc("y", "status: planned\nteam: ci-platform\n")), Set.of(), NOW);
        List<String> problems = new java.util.ArrayList<>();
        assertEquals(List.of("x"), shown(roadmap, new RoadmapFilter("qa", null, null, null, null), problems));
        assertEquals(List.of("x"), shown(roadmap, new RoadmapFilter(null, "testing-quality", null, null, null), problems));
        assertEquals(List.of("y"), shown(roadmap, new RoadmapFilter(null, null, "planned", null, null), problems));
        assertEquals(List.of("x"), shown(roadmap, new RoadmapFilter(null, null, null, "LOAD", null), problems));
        assertEquals(List.of("y"), shown(roadmap, new RoadmapFilter(null, null, null, null, "Y"), problems));
        assertEquals(List.of(), problems);
        assertEquals(2, shown(roadmap, new RoadmapFilter(null, null, "done", null, null), problems).size());
        assertTrue(problems.get(0).contains("There is no status \"done\""));
    }

    private static List<String> shown(Roadmap roadmap, RoadmapFilter filter, List<String> problems) {
        RoadmapFilter.Checked checked = filter.check(problems);
        return roadmap.items().stream().filter(checked::matches).map(RoadmapItem::slug).sorted().toList();
    }
}
