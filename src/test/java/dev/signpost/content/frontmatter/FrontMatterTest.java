package dev.signpost.content.frontmatter;

import dev.signpost.content.ContentException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrontMatterTest {

    @Test
    void shouldTreatFileWithoutFrontMatterAsAllBody() throws Exception {
        String source = "# Title\n\nSome text.\n";
        FrontMatter fm = FrontMatter.parse(source);
        assertTrue(fm.values().isEmpty());
        assertEquals(source, fm.body());
        assertEquals(1, fm.bodyLine());
    }

    @Test
    void shouldTreatDashesNotOnFirstLineAsBody() throws Exception {
        String source = "\n---\ntitle: x\n---\nbody\n";
        FrontMatter fm = FrontMatter.parse(source);
        assertTrue(fm.values().isEmpty());
        assertEquals(source, fm.body());
        assertEquals(1, fm.bodyLine());
    }

    @Test
    void shouldTreatEmptyStringAsEmptyBody() throws Exception {
        FrontMatter fm = FrontMatter.parse("");
        assertTrue(fm.values().isEmpty());
        assertEquals("", fm.body());
        assertEquals(1, fm.bodyLine());
    }

    @Test
    void shouldAcceptEmptyFrontMatter() throws Exception {
        FrontMatter fm = FrontMatter.parse("---\n---\nbody\n");
        assertTrue(fm.values().isEmpty());
        assertEquals("body\n", fm.body());
        assertEquals(3, fm.bodyLine());
    }

    @Test
    void shouldAcceptBlankFrontMatter() throws Exception {
        FrontMatter fm = FrontMatter.parse("---\n   \n\n---\nbody");
        assertTrue(fm.values().isEmpty());
        assertEquals("body", fm.body());
        assertEquals(5, fm.bodyLine());
    }

    @Test
    void shouldAcceptFrontMatterThatIsOnlyAComment() throws Exception {
        FrontMatter fm = FrontMatter.parse("---\n# just a comment\n---\nbody");
        assertTrue(fm.values().isEmpty());
        assertEquals("body", fm.body());
    }

    @Test
    void shouldParseStringValues() throws Exception {
        FrontMatter fm = FrontMatter.parse("---\ntitle: Rolling back a deploy\ndescription: \"Quoted: with colon\"\nowner: 'team-platform'\n---\nbody\n");
        assertEquals("Rolling back a deploy", fm.values().get("title"));
        assertEquals("Quoted: with colon", fm.values().get("description"));
        assertEquals("team-platform", fm.values().get("owner"));
        assertEquals("body\n", fm.body());
    }

    @Test
    void shouldKeepKeysInDeclarationOrder() throws Exception {
        FrontMatter fm = FrontMatter.parse("---\nzeta: 1\nalpha: 2\nmid: 3\n---\n");
        assertEquals(List.of("zeta", "alpha", "mid"), List.copyOf(fm.values().keySet()));
    }

    @Test
    void shouldParseFlowAndBlockLists() throws Exception {
        FrontMatter fm = FrontMatter.parse("---\ntags: [ci, release]\nowners:\n  - alice\n  - bob\n---\n");
        assertEquals(List.of("ci", "release"), fm.values().get("tags"));
        assertEquals(List.of("alice", "bob"), fm.values().get("owners"));
    }

    @Test
    void shouldParseNestedMaps() throws Exception {
        FrontMatter fm = FrontMatter.parse("---\nsig:\n  name: Platform\n  members:\n    - alice\n  meta:\n    level: 2\n---\n");
        Map<?, ?> sig = assertInstanceOf(Map.class, fm.values().get("sig"));
        assertEquals("Platform", sig.get("name"));
        assertEquals(List.of("alice"), sig.get("members"));
        Map<?, ?> meta = assertInstanceOf(Map.class, sig.get("meta"));
        assertEquals(2, ((Number) meta.get("level")).intValue());
    }

    @Test
    void shouldParseNumbersAndBooleansAsTypedValues() throws Exception {
        FrontMatter fm = FrontMatter.parse("---\norder: 3\nratio: 1.5\ndraft: true\n---\n");
        Number order = assertInstanceOf(Number.class, fm.values().get("order"));
        assertEquals(3, order.intValue());
        assertInstanceOf(Integer.class, fm.values().get("order"));
        Number ratio = assertInstanceOf(Number.class, fm.values().get("ratio"));
        assertEquals(1.5, ratio.doubleValue(), 1e-9);
        assertEquals(Boolean.TRUE, fm.values().get("draft"));
    }

    @Test
    void shouldKeepDatesAsStrings() throws Exception {
        FrontMatter fm = FrontMatter.parse("---\nreviewed: 2024-03-15\nexpires: 2025-01-01T10:00:00Z\n---\n");
        assertEquals("2024-03-15", fm.values().get("reviewed"));
        assertInstanceOf(String.class, fm.values().get("expires"));
        assertEquals("2025-01-01T10:00:00Z", fm.values().get("expires"));
    }

    @Test
    void shouldAcceptCrlfLineEndings() throws Exception {
        FrontMatter fm = FrontMatter.parse("---\r\ntitle: Windows\r\ntags: [a, b]\r\n---\r\nbody line\r\nsecond\r\n");
        assertEquals("Windows", fm.values().get("title"));
        assertEquals(List.of("a", "b"), fm.values().get("tags"));
        assertTrue(fm.body().startsWith("body line"));
        assertFalse(fm.body().startsWith("\n") || fm.body().startsWith("\r"));
        assertEquals(5, fm.bodyLine());
    }

    @Test
    void shouldAcceptByteOrderMarkBeforeFrontMatter() throws Exception {
        FrontMatter fm = FrontMatter.parse("\uFEFF---\ntitle: With BOM\n---\nbody");
        assertEquals("With BOM", fm.values().get("title"));
        assertEquals("body", fm.body());
        assertEquals(4, fm.bodyLine());
    }

    @Test
    void shouldStripByteOrderMarkFromBodyWithoutFrontMatter() throws Exception {
        FrontMatter fm = FrontMatter.parse("\uFEFF# Title\n");
        assertTrue(fm.values().isEmpty());
        assertEquals("# Title\n", fm.body());
    }

    @Test
    void shouldAcceptDotsAsClosingLine() throws Exception {
        FrontMatter fm = FrontMatter.parse("---\ntitle: Dots\n...\nbody");
        assertEquals("Dots", fm.values().get("title"));
        assertEquals("body", fm.body());
    }

    @Test
    void shouldAcceptClosingLineAtEndOfFileWithoutNewline() throws Exception {
        FrontMatter fm = FrontMatter.parse("---\ntitle: Only\n---");
        assertEquals("Only", fm.values().get("title"));
        assertEquals("", fm.body());
        assertEquals(4, fm.bodyLine());
    }

    @Test
    void shouldAcceptTrailingWhitespaceOnDelimiterLines() throws Exception {
        FrontMatter fm = FrontMatter.parse("--- \t\ntitle: Spaces\n---  \nbody");
        assertEquals("Spaces", fm.values().get("title"));
        assertEquals("body", fm.body());
    }

    @Test
    void shouldNotTreatLongerDashRunAsClosingLine() throws Exception {
        ContentException e = assertThrows(ContentException.class, () -> FrontMatter.parse("---\ntitle: x\n----\nbody\n"));
        assertEquals(1, e.line());
    }

    @Test
    void shouldFailWithLineOneWhenClosingLineIsMissing() {
        ContentException e = assertThrows(ContentException.class, () -> FrontMatter.parse("---\ntitle: Never closed\n\n# Body\n"));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("---"));
    }

    @Test
    void shouldReportFileLineOfInvalidYaml() {
        // file line 1 '---', line 2 title, line 3 is the bad line
        String source = "---\ntitle: ok\nfoo: bar: baz\n---\nbody\n";
        ContentException e = assertThrows(ContentException.class, () -> FrontMatter.parse(source));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("not valid YAML"));
    }

    @Test
    void shouldReportFileLineOfInvalidYamlOnFirstFrontMatterLine() {
        String source = "---\nfoo: bar: baz\nother: 1\n---\nbody\n";
        ContentException e = assertThrows(ContentException.class, () -> FrontMatter.parse(source));
        assertEquals(2, e.line());
    }

    @Test
    void shouldReportFileLineOfInvalidYamlDeeperInTheBlock() {
        // lines: 1 ---, 2 a, 3 b, 4 c, 5 d, 6 the bad line
        String source = "---\na: 1\nb: 2\nc: 3\nd: 4\ne: 5: 6\n---\n";
        ContentException e = assertThrows(ContentException.class, () -> FrontMatter.parse(source));
        assertEquals(6, e.line());
    }

    @Test
    void shouldRejectListInsteadOfMapping() {
        ContentException e = assertThrows(ContentException.class, () -> FrontMatter.parse("---\n- a\n- b\n---\nbody"));
        assertEquals(2, e.line());
    }

    @Test
    void shouldRejectScalarInsteadOfMapping() {
        ContentException e = assertThrows(ContentException.class, () -> FrontMatter.parse("---\njust a sentence\n---\nbody"));
        assertEquals(2, e.line());
    }

    @Test
    void shouldDropNullValues() throws Exception {
        FrontMatter fm = FrontMatter.parse("---\ntitle: Kept\nowner:\ndescription: null\ntags: [a, null, b]\nnested:\n  x: ~\n  y: 1\n---\n");
        assertEquals("Kept", fm.values().get("title"));
        assertFalse(fm.values().containsKey("owner"));
        assertFalse(fm.values().containsKey("description"));
        assertEquals(List.of("a", "b"), fm.values().get("tags"));
        Map<?, ?> nested = assertInstanceOf(Map.class, fm.values().get("nested"));
        assertFalse(nested.containsKey("x"));
        assertEquals(1, ((Number) nested.get("y")).intValue());
    }

    @Test
    void shouldReturnUnmodifiableMap() throws Exception {
        FrontMatter fm = FrontMatter.parse("---\ntitle: x\n---\n");
        assertThrows(UnsupportedOperationException.class, () -> fm.values().put("title", "y"));
        assertThrows(UnsupportedOperationException.class, () -> fm.values().remove("title"));
    }

    @Test
    void shouldReturnUnmodifiableNestedListsAndMaps() throws Exception {
        FrontMatter fm = FrontMatter.parse("---\ntags: [a, b]\nsig:\n  members: [x]\n---\n");
        @SuppressWarnings("unchecked")
        List<Object> tags = (List<Object>) fm.values().get("tags");
        assertThrows(UnsupportedOperationException.class, () -> tags.add("c"));
        @SuppressWarnings("unchecked")
        Map<String, Object> sig = (Map<String, Object>) fm.values().get("sig");
        assertThrows(UnsupportedOperationException.class, () -> sig.put("k", "v"));
        @SuppressWarnings("unchecked")
        List<Object> members = (List<Object>) sig.get("members");
        assertThrows(UnsupportedOperationException.class, () -> members.set(0, "y"));
    }

    @Test
    void shouldFreezeMapsPassedToTheConstructor() {
        java.util.Map<String, Object> input = new java.util.HashMap<>();
        input.put("list", new java.util.ArrayList<>(List.of("a")));
        FrontMatter fm = new FrontMatter(input, "", 1);
        input.put("late", "x");
        assertFalse(fm.values().containsKey("late"));
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) fm.values().get("list");
        assertThrows(UnsupportedOperationException.class, () -> list.add("b"));
    }

    @Test
    void shouldComputeBodyLineAfterClosingDelimiter() throws Exception {
        FrontMatter fm = FrontMatter.parse("---\ntitle: x\ntags:\n  - a\n  - b\n---\nfirst body line\n");
        // lines: 1 ---, 2 title, 3 tags, 4 - a, 5 - b, 6 ---, 7 body
        assertEquals(7, fm.bodyLine());
        assertEquals("first body line\n", fm.body());
    }

    @Test
    void shouldKeepBodyDelimitersAfterFrontMatter() throws Exception {
        FrontMatter fm = FrontMatter.parse("---\ntitle: x\n---\ntext\n\n---\n\nmore\n");
        assertEquals("x", fm.values().get("title"));
        assertEquals("text\n\n---\n\nmore\n", fm.body());
    }
}
