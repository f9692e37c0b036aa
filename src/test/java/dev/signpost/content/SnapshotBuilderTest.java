package dev.signpost.content;

import dev.signpost.content.markdown.MarkdownRenderer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnapshotBuilderTest {

    private static final DocumentParser PARSER = new DocumentParser(new MarkdownRenderer(), ReviewInterval.parse("180d"));
    private static final Document.FileStamp STAMP = new Document.FileStamp(1, Instant.EPOCH);

    private static Document doc(String path, String source) {
        try {
            return PARSER.parse(path, source.getBytes(StandardCharsets.UTF_8), STAMP).document();
        } catch (ContentException e) {
            throw new AssertionError(e);
        }
    }

    private static Map<String, Document> docs(String... pathAndSource) {
        Map<String, Document> map = new LinkedHashMap<>();
        for (int i = 0; i < pathAndSource.length; i += 2) {
            map.put(pathAndSource[i], doc(pathAndSource[i], pathAndSource[i + 1]));
        }
        return map;
    }

    private static ContentSnapshot build(Map<String, Document> docs) {
        return SnapshotBuilder.build(docs, Map.of(), Map.of(), Instant.EPOCH);
    }

    /** A small site exercising ordering, folder naming and routing conflicts. */
    private static ContentSnapshot site() {
        return build(docs(
                "index.md", "# Welcome\n\nHello.\n",
                "zeta.md", "---\ntitle: zeta\n---\n",
                "alpha.md", "---\ntitle: Alpha\n---\n",
                "early.md", "---\ntitle: Early\norder: 0\n---\n",
                "practices/index.md", "---\ntitle: Practices\norder: 2\n---\n",
                "practices/b.md", "---\ntitle: banana\n---\n",
                "practices/a.md", "---\ntitle: Apple\n---\n## Section\n",
                "practices/ci/index.md", "---\ntitle: Continuous integration\n---\n",
                "practices/ci/README.md", "---\ntitle: CI readme\n---\n",
                "practices/ci/deploy.md", "---\ntitle: Deploy\n---\n",
                "guides/setup.md", "---\ntitle: Setup\n---\n",
                "ops-runbooks/x.md", "---\ntitle: X\n---\n"));
    }

    private static List<String> titles(List<NavNode> nodes) {
        return nodes.stream().map(NavNode::title).toList();
    }

    private static NavNode node(List<NavNode> nodes, String title) {
        return nodes.stream().filter(n -> n.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no nav node " + title + " in " + titles(nodes)));
    }

    // ---- navigation ----

    @Test
    void shouldOrderNavigationByOrderThenTitleIgnoringCase() {
        ContentSnapshot s = site();
        assertEquals(List.of("Early", "Practices", "Alpha", "Guides", "Ops runbooks", "zeta"), titles(s.navigation()));
    }

    @Test
    void shouldNotListHomeInNavigation() {
        ContentSnapshot s = site();
        assertTrue(s.navigation().stream().noneMatch(n -> "/".equals(n.url())));
    }

    @Test
    void shouldNameFolderByItsIndexPageTitle() {
        NavNode practices = node(site().navigation(), "Practices");
        assertTrue(practices.isFolder());
        assertEquals("practices", practices.folder());
        assertEquals("/docs/practices", practices.url());
        NavNode ci = node(practices.children(), "Continuous integration");
        assertEquals("practices/ci", ci.folder());
        assertEquals("/docs/practices/ci", ci.url());
        assertEquals(List.of("Deploy"), titles(ci.children()));
    }

    @Test
    void shouldNameFolderWithoutIndexByHumanisedName() {
        ContentSnapshot s = site();
        NavNode guides = node(s.navigation(), "Guides");
        assertTrue(guides.isFolder());
        assertNull(guides.url());
        assertNull(guides.href());
        assertEquals(List.of("Setup"), titles(guides.children()));
        assertNull(node(s.navigation(), "Ops runbooks").url());
    }

    @Test
    void shouldOrderFolderByItsIndexOrder() {
        ContentSnapshot s = build(docs(
                "b-first/index.md", "---\ntitle: Zulu folder\norder: 1\n---\n",
                "b-first/x.md", "x",
                "a-page.md", "---\ntitle: Alpha page\norder: 5\n---\n",
                "c-folder/y.md", "y"));
        assertEquals(List.of("Zulu folder", "Alpha page", "C folder"), titles(s.navigation()));
    }

    @Test
    void shouldSortChildrenByOrderThenTitle() {
        ContentSnapshot s = build(docs(
                "f/index.md", "---\ntitle: F\n---\n",
                "f/c.md", "---\ntitle: charlie\n---\n",
                "f/b.md", "---\ntitle: Bravo\n---\n",
                "f/z.md", "---\ntitle: Zulu\nweight: 1\n---\n",
                "f/a.md", "---\ntitle: alpha\nsidebar_position: 2\n---\n"));
        assertEquals(List.of("Zulu", "alpha", "Bravo", "charlie"), titles(node(s.navigation(), "F").children()));
    }

    @Test
    void shouldBuildIntermediateFoldersWithoutPages() {
        ContentSnapshot s = build(docs("a/b/c.md", "---\ntitle: C\n---\n"));
        NavNode a = node(s.navigation(), "A");
        NavNode b = node(a.children(), "B");
        assertEquals("a/b", b.folder());
        assertEquals(List.of("C"), titles(b.children()));
    }

    // ---- reading order ----

    @Test
    void shouldFollowNavigationForPreviousAndNextWithHomeFirst() {
        ContentSnapshot s = site();
        assertEquals(List.of("/", "/docs/early", "/docs/practices", "/docs/practices/a", "/docs/practices/b",
                        "/docs/practices/ci", "/docs/practices/ci/deploy", "/docs/alpha", "/docs/guides/setup",
                        "/docs/ops-runbooks/x", "/docs/zeta"),
                s.reading().stream().map(Document::url).toList());
        Document home = s.page("/").orElseThrow();
        assertEquals(Optional.empty(), s.previous(home));
        assertEquals("/docs/early", s.next(home).orElseThrow().url());
        Document apple = s.page("/docs/practices/a").orElseThrow();
        assertEquals("/docs/practices", s.previous(apple).orElseThrow().url());
        assertEquals("/docs/practices/b", s.next(apple).orElseThrow().url());
        Document zeta = s.page("/docs/zeta").orElseThrow();
        assertEquals(Optional.empty(), s.next(zeta));
        assertEquals("/docs/ops-runbooks/x", s.previous(zeta).orElseThrow().url());
    }

    @Test
    void shouldHaveNoNeighboursForDocumentOutsideSnapshot() {
        ContentSnapshot s = site();
        assertTrue(s.previous(doc("nowhere/else.md", "x")).isEmpty());
        assertTrue(s.next(doc("nowhere/else.md", "x")).isEmpty());
    }

    // ---- breadcrumbs ----

    @Test
    void shouldListAncestorsTopDown() {
        ContentSnapshot s = site();
        List<NavNode> trail = s.ancestors(s.page("/docs/practices/ci/deploy").orElseThrow());
        assertEquals(List.of("Practices", "Continuous integration"), titles(trail));
        assertEquals("/docs/practices", trail.get(0).url());
        assertEquals("/docs/practices/ci", trail.get(1).url());
        assertEquals("practices/ci", trail.get(1).folder());
    }

    @Test
    void shouldNotListFolderPageAsItsOwnAncestor() {
        ContentSnapshot s = site();
        assertEquals(List.of("Practices"), titles(s.ancestors(s.page("/docs/practices/ci").orElseThrow())));
        assertEquals(List.of(), s.ancestors(s.page("/docs/practices").orElseThrow()));
    }

    @Test
    void shouldHaveNoAncestorsForHomeAndTopLevelPages() {
        ContentSnapshot s = site();
        assertEquals(List.of(), s.ancestors(s.page("/").orElseThrow()));
        assertEquals(List.of(), s.ancestors(s.page("/docs/zeta").orElseThrow()));
    }

    @Test
    void shouldNameAncestorWithoutPageByFolderName() {
        ContentSnapshot s = site();
        List<NavNode> trail = s.ancestors(s.page("/docs/ops-runbooks/x").orElseThrow());
        assertEquals(List.of("Ops runbooks"), titles(trail));
        assertNull(trail.get(0).url());
    }

    @Test
    void shouldPutAFeatureItemUnderItsFeatureListEvenWithAFolderPage() {
        ContentSnapshot s = build(docs(
                "tools/index.md", "---\ntitle: About our tools\n---\n",
                "tools/helm.md", "---\ntitle: Helm\n---\n",
                "sigs/deploy.md", "---\ntitle: Deploy SIG\n---\n",
                "roadmap/runners.md", "---\ntitle: More runners\n---\n"));
        List<NavNode> tool = s.ancestors(s.byUrl().get("/tools/helm"));
        assertEquals(List.of("Tools"), titles(tool));
        assertEquals("/tools", tool.get(0).url());
        List<NavNode> sig = s.ancestors(s.byUrl().get("/sigs/deploy"));
        assertEquals(List.of("SIGs"), titles(sig), "the feature's name, not the folder's ('Sigs')");
        assertEquals("/sigs", sig.get(0).url());
        assertEquals(List.of("Roadmap"), titles(s.ancestors(s.byUrl().get("/roadmap/runners"))), "the page's title, not 'Roadmap items'");
    }

    // ---- routing conflicts ----

    @Test
    void shouldPreferIndexOverReadmeAndReportLoser() {
        ContentSnapshot s = site();
        assertEquals("practices/ci/index.md", s.page("/docs/practices/ci").orElseThrow().path());
        assertTrue(s.documents().containsKey("practices/ci/README.md"));
        assertTrue(s.byUrl().values().stream().noneMatch(d -> d.path().equals("practices/ci/README.md")));
        List<ContentProblem> problems = s.allProblems();
        assertEquals(1, problems.size(), problems.toString());
        ContentProblem p = problems.get(0);
        assertEquals("practices/ci/README.md", p.path());
        assertFalse(p.fatal());
        assertTrue(p.message().contains("practices/ci/index.md"));
        assertTrue(s.reading().stream().noneMatch(d -> d.path().equals("practices/ci/README.md")));
    }

    @Test
    void shouldPreferIndexRegardlessOfInputOrder() {
        Map<String, Document> m = new LinkedHashMap<>();
        m.put("a/README.md", doc("a/README.md", "readme"));
        m.put("a/index.md", doc("a/index.md", "index"));
        assertEquals("a/index.md", build(m).page("/docs/a").orElseThrow().path());
    }

    @Test
    void shouldPreferFolderPageOverSameNamedFile() {
        ContentSnapshot s = build(docs("a.md", "file", "a/README.md", "readme"));
        assertEquals("a/README.md", s.page("/docs/a").orElseThrow().path());
        assertEquals("a.md", s.allProblems().get(0).path());
    }

    @Test
    void shouldServeReadmeWhenThereIsNoIndex() {
        ContentSnapshot s = build(docs("a/README.md", "---\ntitle: Readme A\n---\n"));
        assertEquals("a/README.md", s.page("/docs/a").orElseThrow().path());
        assertTrue(s.allProblems().isEmpty());
        assertEquals("Readme A", node(s.navigation(), "Readme A").title());
    }

    @Test
    void shouldMergeFileProblemsIntoAllProblemsSortedByPathAndLine() {
        Map<String, List<ContentProblem>> fileProblems = Map.of(
                "z.md", List.of(ContentProblem.error("z.md", 3, "bad")),
                "b.md", List.of(ContentProblem.warning("b.md", 9, "w9"), ContentProblem.warning("b.md", 2, "w2")));
        ContentSnapshot s = SnapshotBuilder.build(docs("a/index.md", "i", "a/README.md", "r"), Map.of(), fileProblems, Instant.EPOCH);
        assertEquals(List.of("a/README.md", "b.md", "b.md", "z.md"), s.allProblems().stream().map(ContentProblem::path).toList());
        assertEquals(List.of(0, 2, 9, 3), s.allProblems().stream().map(ContentProblem::line).toList());
    }

    // ---- tags ----

    @Test
    void shouldSortTagsAndTaggedDocuments() {
        ContentSnapshot s = build(docs(
                "z.md", "---\ntitle: Zed\ntags: [release, ci]\n---\n",
                "a.md", "---\ntitle: alpha\ntags: [ci]\n---\n",
                "m.md", "---\ntitle: Mid\ntags: [Security, CI]\n---\n"));
        assertEquals(List.of("ci", "release", "security"), List.copyOf(s.tags().keySet()));
        assertEquals(List.of("alpha", "Mid", "Zed"), s.tagged("ci").stream().map(Document::title).toList());
        assertEquals(List.of("Zed"), s.tagged("release").stream().map(Document::title).toList());
        assertEquals(List.of(), s.tagged("unknown"));
    }

    @Test
    void shouldNotCountUnservedDocumentsInTags() {
        ContentSnapshot s = build(docs("a/index.md", "---\ntags: [x]\n---\n", "a/README.md", "---\ntags: [x, y]\n---\n"));
        assertEquals(List.of("x"), List.copyOf(s.tags().keySet()));
        assertEquals(1, s.tagged("x").size());
    }

    // ---- broken links ----

    private static ContentSnapshot linkSite() {
        Map<String, Document> m = docs(
                "index.md", "Home\n",
                "practices/a.md", "---\ntitle: A\n---\n## Section\n\ntext\n",
                "practices/links.md", String.join("\n",
                        "## Top",
                        "",
                        "[missing page](nope.md)",
                        "[missing anchor](a.md#nope)",
                        "[good anchor](a.md#section)",
                        "[escape](../../outside.md)",
                        "![missing image](img/missing.png)",
                        "![present image](img/present.png)",
                        "[present file](files/guide.pdf)",
                        "[own missing anchor](#gone)",
                        "[own good anchor](#top)",
                        "[external](https://example.com/nope.md)",
                        "[absolute](/docs/practices/a)",
                        "[home](../index.md)",
                        "[folder without page](./)",
                        ""));
        Map<String, Document.FileStamp> assets = Map.of(
                "practices/img/present.png", STAMP,
                "practices/files/guide.pdf", STAMP);
        return SnapshotBuilder.build(m, assets, Map.of(), Instant.EPOCH);
    }

    private static BrokenLink broken(ContentSnapshot s, String href) {
        return s.brokenLinks().stream().filter(b -> b.href().equals(href)).findFirst().orElse(null);
    }

    @Test
    void shouldDetectLinkToMissingPage() {
        BrokenLink b = broken(linkSite(), "nope.md");
        assertNotNull(b);
        assertEquals("practices/links.md", b.path());
        assertTrue(b.reason().contains("/docs/practices/nope"), b.reason());
    }

    @Test
    void shouldDetectLinkToMissingAnchor() {
        ContentSnapshot s = linkSite();
        BrokenLink b = broken(s, "a.md#nope");
        assertNotNull(b);
        assertTrue(b.reason().contains("nope"), b.reason());
        assertNull(broken(s, "a.md#section"));
    }

    @Test
    void shouldDetectMissingAnchorOnOwnPage() {
        ContentSnapshot s = linkSite();
        assertNotNull(broken(s, "#gone"));
        assertNull(broken(s, "#top"));
    }

    @Test
    void shouldDetectLinkEscapingRoot() {
        BrokenLink b = broken(linkSite(), "../../outside.md");
        assertNotNull(b);
        assertTrue(b.reason().contains("outside"), b.reason());
    }

    @Test
    void shouldDetectMissingAsset() {
        assertNotNull(broken(linkSite(), "img/missing.png"));
    }

    @Test
    void shouldAcceptExistingAssets() {
        ContentSnapshot s = linkSite();
        assertNull(broken(s, "img/present.png"));
        assertNull(broken(s, "files/guide.pdf"));
    }

    @Test
    void shouldAcceptExternalAbsoluteAndHomeLinks() {
        ContentSnapshot s = linkSite();
        assertNull(broken(s, "https://example.com/nope.md"));
        assertNull(broken(s, "/docs/practices/a"));
        assertNull(broken(s, "../index.md"));
    }

    @Test
    void shouldReportExactlyTheBrokenLinksSorted() {
        ContentSnapshot s = linkSite();
        assertEquals(List.of("#gone", "../../outside.md", "./", "a.md#nope", "img/missing.png", "nope.md"),
                s.brokenLinks().stream().map(BrokenLink::href).toList());
    }

    @Test
    void shouldNotCheckLinksOfUnservedDocuments() {
        ContentSnapshot s = build(docs("a/index.md", "fine", "a/README.md", "[x](missing.md)"));
        assertTrue(s.brokenLinks().isEmpty(), s.brokenLinks().toString());
    }

    // ---- snapshot basics ----

    @Test
    void shouldExposeUnmodifiableCollections() {
        ContentSnapshot s = site();
        assertThrows(UnsupportedOperationException.class, () -> s.byUrl().clear());
        assertThrows(UnsupportedOperationException.class, () -> s.navigation().clear());
        assertThrows(UnsupportedOperationException.class, () -> s.reading().clear());
        assertThrows(UnsupportedOperationException.class, () -> s.documents().clear());
        assertThrows(UnsupportedOperationException.class, () -> s.tags().clear());
        assertThrows(UnsupportedOperationException.class, () -> s.allProblems().clear());
    }

    @Test
    void shouldBuildEmptySnapshot() {
        ContentSnapshot s = ContentSnapshot.EMPTY;
        assertTrue(s.navigation().isEmpty());
        assertTrue(s.reading().isEmpty());
        assertTrue(s.page("/").isEmpty());
        assertTrue(s.allProblems().isEmpty());
        assertTrue(s.brokenLinks().isEmpty());
        assertEquals(Instant.EPOCH, s.loadedAt());
    }
}
