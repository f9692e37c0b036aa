package dev.signpost.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentPathsTest {

    // ---- safeRelative ----

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"..", "../etc/passwd", "a/../b", "a/../../b", "/..", "./a", "a/./b",
            ".git/config", "a/.git/config", ".env", "practices/.hidden.md", "a\\b", "..\\..\\windows", "a\0b", "a.md\0.png"})
    void shouldRejectUnsafePaths(String path) {
        assertEquals(Optional.empty(), ContentPaths.safeRelative(path));
    }

    @Test
    void shouldRejectNull() {
        assertEquals(Optional.empty(), ContentPaths.safeRelative(null));
    }

    @ParameterizedTest(name = "''{0}'' -> ''{1}''")
    @CsvSource({
            "practices/ci/a.md, practices/ci/a.md",
            "practices/ci/img/x.png, practices/ci/img/x.png",
            "/practices/ci, practices/ci",
            "practices//ci///a.md, practices/ci/a.md",
            "practices/ci/, practices/ci",
            "a..b/c.d, a..b/c.d",
            "my page/über.md, my page/über.md"})
    void shouldAcceptAndNormaliseSafePaths(String path, String expected) {
        assertEquals(Optional.of(expected), ContentPaths.safeRelative(path));
    }

    @Test
    void shouldTreatEmptyPathAsRoot() {
        assertEquals(Optional.of(""), ContentPaths.safeRelative(""));
        assertEquals(Optional.of(""), ContentPaths.safeRelative("/"));
    }

    // ---- resolve ----

    @ParameterizedTest(name = "{0} + ''{1}'' -> ''{2}''")
    @CsvSource({
            "practices/ci/a.md, b.md, practices/ci/b.md",
            "practices/ci/a.md, ./b.md, practices/ci/b.md",
            "practices/ci/a.md, ../release/b.md, practices/release/b.md",
            "practices/ci/a.md, ../../index.md, index.md",
            "practices/ci/a.md, ../.., ''",
            "practices/ci/a.md, sub/, practices/ci/sub",
            "practices/ci/a.md, sub//x.md, practices/ci/sub/x.md",
            "practices/ci/a.md, /top/x.md, top/x.md",
            "practices/ci/a.md, a/../b.md, practices/ci/b.md",
            "index.md, practices/ci/a.md, practices/ci/a.md",
            "index.md, ./x.md, x.md"})
    void shouldResolveRelativeReferences(String from, String relative, String expected) {
        assertEquals(Optional.of(expected), ContentPaths.resolve(from, relative));
    }

    @ParameterizedTest(name = "{0} + ''{1}''")
    @CsvSource({
            "practices/ci/a.md, ../../../x.md",
            "practices/ci/a.md, ../../../../etc/passwd",
            "index.md, ../x.md",
            "a.md, /../x",
            "practices/a.md, x/../../../y"})
    void shouldRefuseReferencesAboveRoot(String from, String relative) {
        assertEquals(Optional.empty(), ContentPaths.resolve(from, relative));
    }

    // ---- href ----

    @ParameterizedTest(name = "''{0}'' -> ''{1}''")
    @CsvSource({
            "/docs/practices/ci, /docs/practices/ci",
            "/, /",
            "/docs/my page, /docs/my%20page",
            "/docs/über/straße, /docs/%C3%BCber/stra%C3%9Fe",
            "/docs/c++, /docs/c%2B%2B",
            "/docs/a&b?c#d, /docs/a%26b%3Fc%23d",
            "/docs/100%, /docs/100%25",
            "/docs/日本, /docs/%E6%97%A5%E6%9C%AC",
            "/docs/a/, /docs/a/"})
    void shouldEncodeEachSegment(String url, String href) {
        assertEquals(href, ContentPaths.href(url));
    }

    // ---- humanise ----

    @ParameterizedTest(name = "''{0}'' -> ''{1}''")
    @CsvSource({
            "rolling-back_a-deploy.md, Rolling back a deploy",
            "ci, Ci",
            "release-process, Release process",
            "API_design.markdown, API design",
            "über-uns.md, Über uns",
            "-leading-dash.md, Leading dash",
            "v1.2-notes.md, V1.2 notes"})
    void shouldHumaniseNames(String name, String expected) {
        assertEquals(expected, ContentPaths.humanise(name));
    }

    @Test
    void shouldKeepNameThatHasNoWords() {
        assertEquals("---", ContentPaths.humanise("---"));
    }

    // ---- small helpers ----

    @Test
    void shouldRecogniseMarkdownFiles() {
        assertTrue(ContentPaths.isMarkdown("a/b.md"));
        assertTrue(ContentPaths.isMarkdown("a/b.MD"));
        assertTrue(ContentPaths.isMarkdown("a/b.markdown"));
        assertTrue(ContentPaths.isMarkdown("a/b.mdx"), "Docusaurus' MDX pages are rendered as Markdown (issue 24)");
        assertTrue(ContentPaths.isMdx("a/b.MDX"));
        assertFalse(ContentPaths.isMdx("a/b.md"));
        assertEquals("/docs/a/b", ContentPaths.pageUrl("a/b.mdx"));
        assertEquals("/docs/a", ContentPaths.pageUrl("a/index.mdx"));
        assertFalse(ContentPaths.isMarkdown("a/b.png"));
        assertFalse(ContentPaths.isMarkdown("a/md"));
    }

    @Test
    void shouldRecogniseFolderPages() {
        assertTrue(ContentPaths.isFolderPage("a/index.md"));
        assertTrue(ContentPaths.isFolderPage("a/README.md"));
        assertTrue(ContentPaths.isFolderPage("Readme.markdown"));
        assertFalse(ContentPaths.isFolderPage("a/indexes.md"));
        assertFalse(ContentPaths.isFolderPage("a/my-readme.md"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "a/b.md, /docs/a/b",
            "a/index.md, /docs/a",
            "a/README.md, /docs/a",
            "index.md, /",
            "README.md, /",
            "a/b/c.markdown, /docs/a/b/c",
            "tools/helm.md, /tools/helm",
            "tools/index.md, /docs/tools",
            "tools/README.md, /docs/tools",
            "tools/guides/helm.md, /docs/tools/guides/helm",
            "practices/tools/helm.md, /docs/practices/tools/helm",
            "tools/logo.png, /docs/tools/logo.png"})
    void shouldMapPageUrls(String path, String url) {
        assertEquals(url, ContentPaths.pageUrl(path));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "tools/helm.md, tool",
            "tools/index.md, page",
            "tools/guides/helm.md, page",
            "practices/ci/a.md, page",
            "helm.md, page"})
    void shouldTypeFilesByTheirFeatureFolder(String path, String type) {
        assertEquals(type, ContentTypes.typeOf(path));
    }

    @Test
    void shouldSplitPaths() {
        assertEquals("a/b", ContentPaths.parent("a/b/c.md"));
        assertEquals("", ContentPaths.parent("c.md"));
        assertEquals("c.md", ContentPaths.fileName("a/b/c.md"));
        assertEquals("c.md", ContentPaths.fileName("c.md"));
        assertEquals("c", ContentPaths.stripExtension("c.md"));
        assertEquals("archive.tar", ContentPaths.stripExtension("archive.tar.gz"));
        assertEquals(".env", ContentPaths.stripExtension(".env"));
        assertEquals("/docs/a/img/x.png", ContentPaths.assetUrl("a/img/x.png"));
    }
}
