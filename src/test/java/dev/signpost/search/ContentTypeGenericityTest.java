package dev.signpost.search;

import dev.signpost.content.Document;
import dev.signpost.content.Origin;
import dev.signpost.content.Freshness;
import dev.signpost.content.markdown.Heading;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The rule of the search package: any content type in the snapshot is searchable without a change here. A type no
 * feature has ("widget", made up for this test) is indexed, found, filtered and counted like documentation pages.
 */
class ContentTypeGenericityTest {

    private static Document doc(String path, String url, String type, String title, String text, List<String> tags) {
        return new Document(path, url, type, title, null, "widget-team", tags, null, Freshness.UNKNOWN, "<p>" + text + "</p>",
                text, text, List.of(new Heading(2, "h", "Details of " + title)), Set.of(), List.of(), Map.of(),
                new Document.FileStamp(text.length(), Instant.EPOCH), Origin.unknown(path));
    }

    @Test
    void shouldSearchFilterAndCountATypeNoFeatureDeclared() throws Exception {
        try (LuceneIndex index = new LuceneIndex()) {
            index.sync(List.of(
                    doc("widgets/sprocket.md", "/widgets/sprocket", "widget", "Sprocket", "A sprocket turns the gearbox.", List.of("hardware")),
                    doc("practices/gears.md", "/docs/practices/gears", "page", "Gears", "Gearbox maintenance for sprocket owners.", List.of("hardware"))));

            IndexResult all = index.search(SearchRequest.of("sprocket"));
            assertEquals(2, all.total());
            assertEquals("widgets/sprocket.md", all.hits().get(0).path(), "the title match ranks first, whatever its type");
            assertEquals("widget", all.hits().get(0).type());
            assertEquals(Map.of("widget", 1, "page", 1), all.types());
            assertEquals(Map.of("hardware", 2), all.tags());

            IndexResult widgets = index.search(new SearchRequest("gearbox", "widget", null, null, null, 1, 10));
            assertEquals(List.of("widgets/sprocket.md"), widgets.hits().stream().map(IndexHit::path).toList());
            IndexResult inSection = index.search(new SearchRequest("gearbox", null, null, null, "/widgets", 1, 10));
            assertEquals(List.of("/widgets/sprocket"), inSection.hits().stream().map(IndexHit::url).toList());
            IndexResult byOwner = index.search(new SearchRequest("gearbox", null, null, "widget-team", null, 1, 10));
            assertEquals(2, byOwner.total());
        }
    }

    @Test
    void shouldLabelAnyTypeForPeople() {
        assertEquals("Widget", SearchService.typeLabel("widget"));
        assertEquals("Roadmap item", SearchService.typeLabel("roadmap-item"));
        assertEquals("Page", SearchService.typeLabel("page"));
    }

    @Test
    void shouldReindexOnlyChangedDocumentsAndDropRemovedOnes() throws Exception {
        try (LuceneIndex index = new LuceneIndex()) {
            Document a = doc("a.md", "/docs/a", "page", "Alpha", "alpha text", List.of());
            Document b = doc("b.md", "/docs/b", "page", "Beta", "beta text", List.of());
            assertEquals(new LuceneIndex.Sync(2, 0, 0).indexed(), index.sync(List.of(a, b)).indexed());
            Document b2 = doc("b.md", "/docs/b", "page", "Beta", "gamma text", List.of());
            LuceneIndex.Sync second = index.sync(List.of(a, b2));
            assertEquals(1, second.indexed(), "only the edited document");
            assertEquals(0, second.removed());
            assertEquals(0, index.search(SearchRequest.of("beta text")).hits().stream()
                    .filter(h -> h.snippet().text().contains("beta")).count(), "the old text is gone");
            LuceneIndex.Sync third = index.sync(List.of(b2));
            assertEquals(0, third.indexed());
            assertEquals(1, third.removed());
            assertEquals(0, index.search(SearchRequest.of("alpha")).total());
        }
    }
}
