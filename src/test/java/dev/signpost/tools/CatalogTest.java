package dev.signpost.tools;

import dev.signpost.content.ContentException;
import dev.signpost.content.ContentProblem;
import dev.signpost.content.Document;
import dev.signpost.content.DocumentParser;
import dev.signpost.content.markdown.MarkdownRenderer;
import dev.signpost.content.ReviewInterval;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalog model from Markdown: what is valid is used, what is not is reported with the file, nothing is dropped. */
class CatalogTest {

    private static final DocumentParser PARSER = new DocumentParser(new MarkdownRenderer(), ReviewInterval.parse("180d"));
    private static final List<String> CATEGORIES = List.of("CI/CD", "Testing & quality", "Security");

    private static Document doc(String slug, String frontMatter) {
        String source = "---\ntitle: " + slug.toUpperCase() + "\n" + frontMatter + "---\n\nWhy this ring. More text.\n";
        try {
            return PARSER.parse("tools/" + slug + ".md", source.getBytes(StandardCharsets.UTF_8),
                    new Document.FileStamp(source.length(), Instant.EPOCH)).document();
        } catch (ContentException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> messages(Catalog catalog, String slug) {
        List<String> found = new ArrayList<>();
        for (ContentProblem p : catalog.problems()) {
            if (p.path().equals("tools/" + slug + ".md")) {
                found.add(p.message());
            }
        }
        return found;
    }

    @Test
    void shouldReadEveryKeyOfAValidTool() {
        Catalog catalog = Catalog.build(List.of(doc("gha", """
                ring: preferred
                category: ci/cd
                owner: ci-platform
                homepage: https://github.com/features/actions
                support: "#deploy"
                replaces: [jenkins]
                alternatives: jenkins.md
                docs:
                  - title: Guide
                    url: ../practices/ci/guide.md#setup
                  - url: https://docs.github.com/actions
                history:
                  - date: 2023-01-10
                    ring: assess
                    note: Pilot.
                  - date: 2024-05-20
                    ring: preferred
                    note: Default.
                """), doc("jenkins", "ring: hold\ncategory: CI/CD\n")), CATEGORIES);
        assertEquals(List.of(), catalog.problems());
        Tool gha = catalog.tool("gha").orElseThrow();
        assertEquals(Ring.PREFERRED, gha.ring());
        assertEquals("CI/CD", gha.category(), "matched case-insensitively, shown as configured");
        assertEquals("https://github.com/features/actions", gha.homepage());
        assertEquals("#deploy", gha.support());
        assertEquals(List.of("jenkins"), gha.replaces());
        assertEquals(List.of("jenkins"), gha.alternatives());
        assertEquals(List.of(new Tool.Link("Guide", "/docs/practices/ci/guide#setup"),
                new Tool.Link("https://docs.github.com/actions", "https://docs.github.com/actions")), gha.docs());
        assertEquals(2, gha.history().size());
        assertEquals("/tools/gha", gha.doc().url());
        assertEquals("tool", gha.doc().type());
        Tool jenkins = catalog.tool("jenkins").orElseThrow();
        assertEquals(List.of(gha), catalog.replacedBy(jenkins), "computed from the other tool");
        assertEquals(List.of("gha", "jenkins"), catalog.tools().stream().map(Tool::slug).toList(), "preferred before hold");
        assertEquals(1, catalog.number(gha));
    }

    @Test
    void shouldReportWhatIsWrongAndStillListTheTool() {
        Catalog catalog = Catalog.build(List.of(doc("odd", """
                ring: adopt
                category: Databases
                homepage: javascript:alert(1)
                replaces: [nothing-here, odd]
                docs:
                  - url: "javascript:alert(1)"
                history:
                  - date: 2024-05-01
                    ring: supported
                  - date: 2023-01-01
                    ring: assess
                  - date: someday
                    ring: hold
                """)), CATEGORIES);
        Tool odd = catalog.tool("odd").orElseThrow();
        assertNull(odd.ring());
        assertNull(odd.category());
        assertNull(odd.homepage());
        assertEquals(List.of(), odd.replaces());
        assertEquals(List.of(), odd.docs());
        assertEquals(List.of(LocalDate.parse("2023-01-01"), LocalDate.parse("2024-05-01")),
                odd.history().stream().map(Tool.HistoryEntry::date).toList(), "valid entries kept, in date order");
        List<String> messages = messages(catalog, "odd");
        assertTrue(messages.stream().anyMatch(m -> m.contains("Unknown ring 'adopt'")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("Unknown category 'Databases'")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("'replaces' names 'nothing-here', but there is no tools/nothing-here.md")),
                messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("'replaces' names this file itself")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("comes before the entry above it")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("History entry 3")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("'homepage' must be an http(s) address")), messages.toString());
        assertTrue(catalog.layout().blips().isEmpty(), "not on the radar without a valid ring and category");
    }

    @Test
    void shouldWarnWhenTheLastHistoryEntryDisagreesWithTheRing() {
        Catalog catalog = Catalog.build(List.of(doc("x", """
                ring: hold
                category: Security
                history:
                  - date: 2024-01-01
                    ring: supported
                """)), CATEGORIES);
        assertTrue(messages(catalog, "x").get(0).contains("add a history entry for the move to 'hold'"));
    }

    @Test
    void shouldRefuseASlugThatIsOneOfTheCatalogsOwnPages() {
        Catalog catalog = Catalog.build(List.of(doc("changes", "ring: hold\ncategory: Security\n")), CATEGORIES);
        assertTrue(catalog.tools().isEmpty());
        assertTrue(messages(catalog, "changes").get(0).contains("cannot be called 'changes'"));
    }

    @Test
    void shouldTellNewMovedInAndMovedOutSinceADay() {
        Catalog catalog = Catalog.build(List.of(
                doc("newcomer", "ring: assess\ncategory: Security\nhistory:\n  - {date: 2026-10-01, ring: assess}\n"),
                doc("riser", "ring: preferred\ncategory: Security\nhistory:\n  - {date: 2024-01-01, ring: supported}\n"
                        + "  - {date: 2026-10-01, ring: preferred}\n"),
                doc("faller", "ring: hold\ncategory: Security\nhistory:\n  - {date: 2024-01-01, ring: supported}\n"
                        + "  - {date: 2026-09-01, ring: hold}\n"),
                doc("steady", "ring: supported\ncategory: Security\nhistory:\n  - {date: 2024-01-01, ring: supported}\n")),
                CATEGORIES);
        LocalDate since = LocalDate.parse("2026-09-01");
        assertEquals(Movement.NEW, catalog.tool("newcomer").orElseThrow().movedSince(since));
        assertEquals(Movement.MOVED_IN, catalog.tool("riser").orElseThrow().movedSince(since));
        assertEquals(Movement.MOVED_OUT, catalog.tool("faller").orElseThrow().movedSince(since), "on the day counts");
        assertEquals(Movement.NONE, catalog.tool("steady").orElseThrow().movedSince(since));
        assertEquals(Movement.NONE, catalog.tool("faller").orElseThrow().movedSince(LocalDate.parse("2026-09-02")));

        List<ToolChange> changes = ToolChange.since(catalog.tools(), since);
        assertEquals(List.of("newcomer", "riser", "faller"), changes.stream().map(c -> c.tool().slug()).toList(), "newest first");
        assertEquals("entered Assess", changes.get(0).summary());
        assertEquals("Supported → Preferred", changes.get(1).summary());
        assertEquals(Movement.MOVED_OUT, changes.get(2).movement());
    }

    @Test
    void shouldFilterByEveryFilterAndExplainBadValues() {
        Catalog catalog = Catalog.build(List.of(
                doc("a", "ring: preferred\ncategory: Security\nowner: security\ntags: [scanning]\n"
                        + "history:\n  - {date: 2026-10-01, ring: preferred}\n"),
                doc("b", "ring: hold\ncategory: CI/CD\nowner: ci-platform\ntags: [ci]\n")), CATEGORIES);
        List<String> problems = new ArrayList<>();
        assertEquals(List.of("a"), shown(catalog, new ToolFilter("list", "preferred", null, null, null, null, null), problems));
        assertEquals(List.of("b"), shown(catalog, new ToolFilter("list", null, "ci/cd", null, null, null, null), problems));
        assertEquals(List.of("a"), shown(catalog, new ToolFilter("list", null, null, "scanning", null, null, null), problems));
        assertEquals(List.of("b"), shown(catalog, new ToolFilter("list", null, null, null, "ci-platform", null, null), problems));
        assertEquals(List.of("a"), shown(catalog, new ToolFilter("list", null, null, null, null, "2026-09-01", null), problems));
        assertEquals(List.of("b"), shown(catalog, new ToolFilter("list", null, null, null, null, null, "B"), problems));
        assertEquals(List.of(), problems);

        assertEquals(List.of("a", "b"), shown(catalog, new ToolFilter("list", "adopt", "Databases", null, null, "soon", null), problems),
                "a bad value filters nothing");
        assertEquals(3, problems.size(), problems.toString());
        assertFalse(new ToolFilter("radar", null, null, null, null, null, null).list());
    }

    private static List<String> shown(Catalog catalog, ToolFilter filter, List<String> problems) {
        ToolFilter.Checked checked = filter.check(catalog.categories(), problems);
        return catalog.tools().stream().filter(checked::matches).map(Tool::slug).toList();
    }
}
