package dev.signpost.search;

import dev.signpost.content.Document;
import dev.signpost.content.Origin;
import dev.signpost.content.Freshness;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A search sees one whole version of the documents, even while they change, and a failed update leaves no trace. */
class LuceneIndexViewTest {

    private static Document doc(String path, String title, String text) {
        return new Document(path, "/docs/" + path.replace(".md", ""), "page", title, null, null, List.of(), null,
                Freshness.UNKNOWN, "<p>" + text + "</p>", text, text, List.of(), Set.of(), List.of(), Map.of(),
                new Document.FileStamp(text.length(), Instant.EPOCH), Origin.unknown(path));
    }

    @Test
    void shouldAnswerEverySearchFromOneVersionOfTheDocumentsWhileTheyChange() throws Exception {
        try (LuceneIndex index = new LuceneIndex()) {
            Document a = doc("a.md", "Alpha", "shared words version 0");
            Document b = doc("b.md", "Beta", "shared words version 0");
            index.sync(List.of(a, b));
            AtomicBoolean done = new AtomicBoolean();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<?> writer = pool.submit(() -> {
                    for (int version = 1; version <= 300; version++) {
                        String text = "shared words version " + version;
                        List<Document> docs = new ArrayList<>(List.of(doc("a.md", "Alpha", text), doc("b.md", "Beta", text)));
                        if (version % 2 == 0) {
                            docs.add(doc("c-" + version + ".md", "Gamma", text));
                        }
                        index.sync(docs);
                    }
                    done.set(true);
                });
                Future<Integer> reader = pool.submit(() -> {
                    int searches = 0;
                    while (!done.get()) {
                        IndexResult result = index.search(new SearchRequest("shared words", null, null, null, null, 1, 10));
                        assertEquals(result.total(), result.hits().size(), "every match counted is shown");
                        List<String> texts = result.hits().stream().map(h -> h.document().text()).distinct().toList();
                        assertEquals(1, texts.size(), () -> "hits from more than one version: " + texts);
                        String version = texts.get(0).substring(texts.get(0).lastIndexOf(' ') + 1);
                        int number = Integer.parseInt(version);
                        int expected = number > 0 && number % 2 == 0 ? 3 : 2;
                        assertEquals(expected, result.total(), () -> "version " + version + " has " + expected + " documents");
                        searches++;
                    }
                    return searches;
                });
                writer.get(60, TimeUnit.SECONDS);
                assertTrue(reader.get(60, TimeUnit.SECONDS) > 0);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void shouldKeepThePreviousDocumentsWhenAnUpdateFailsPartWay() throws Exception {
        try (LuceneIndex index = new LuceneIndex()) {
            Document a = doc("a.md", "Alpha", "original alpha text");
            index.sync(List.of(a));
            Document broken = new Document("z.md", "/docs/z", "page", "Broken", null, null, List.of(), null, Freshness.UNKNOWN,
                    "", null, null, List.of(), Set.of(), List.of(), Map.of(), new Document.FileStamp(0, Instant.EPOCH), Origin.unknown("z.md"));

            assertThrows(RuntimeException.class, () -> index.sync(List.of(doc("a.md", "Alpha", "edited alpha text"), broken)));

            assertEquals(1, index.size());
            assertEquals(1, index.search(SearchRequest.of("original")).total(), "the index still has what it had");
            assertEquals(0, index.search(SearchRequest.of("edited")).total(), "nothing of the failed update is searchable");
            Document edited = doc("a.md", "Alpha", "edited alpha text");
            assertEquals(1, index.sync(List.of(edited)).indexed(), "the next update applies");
            assertSame(edited, index.search(SearchRequest.of("edited")).hits().get(0).document());
            assertEquals(0, index.search(SearchRequest.of("original")).total());
        }
    }

    @Test
    void shouldKeepAFailedFirstBuildFromLeavingHalfAnIndex() throws Exception {
        try (LuceneIndex index = new LuceneIndex()) {
            Document broken = new Document("z.md", "/docs/z", "page", "Broken", null, null, List.of(), null, Freshness.UNKNOWN,
                    "", null, null, List.of(), Set.of(), List.of(), Map.of(), new Document.FileStamp(0, Instant.EPOCH), Origin.unknown("z.md"));
            assertThrows(RuntimeException.class, () -> index.sync(List.of(doc("a.md", "Alpha", "alpha text"), broken)));
            assertEquals(0, index.search(SearchRequest.of("alpha")).total());

            index.sync(List.of(doc("a.md", "Alpha", "alpha text")));
            assertEquals(1, index.search(SearchRequest.of("alpha")).total(), "built once, not twice");
        }
    }
}
