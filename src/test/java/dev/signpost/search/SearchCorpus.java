package dev.signpost.search;

import dev.signpost.content.ContentException;
import dev.signpost.content.Document;
import dev.signpost.content.DocumentParser;
import dev.signpost.content.markdown.MarkdownRenderer;
import dev.signpost.content.ReviewInterval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** Documents for search tests: the fixed corpus under {@code src/test/resources/search/corpus}, or single pages. */
final class SearchCorpus {

    private static final DocumentParser PARSER = new DocumentParser(new MarkdownRenderer(), ReviewInterval.parse("180d"));

    private SearchCorpus() {
    }

    /** Every Markdown file of the corpus, parsed, with its path relative to the corpus folder. */
    static List<Document> load() {
        try {
            Path root = Path.of(SearchCorpus.class.getResource("/search/corpus").toURI());
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(f -> f.toString().endsWith(".md")).sorted()
                        .map(f -> page(root.relativize(f).toString().replace('\\', '/'), read(f))).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Document page(String path, String markdown) {
        byte[] bytes = markdown.getBytes(StandardCharsets.UTF_8);
        try {
            return PARSER.parse(path, bytes, new Document.FileStamp(bytes.length, Instant.EPOCH)).document();
        } catch (ContentException e) {
            throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
        }
    }

    static LuceneIndex index(List<Document> documents) {
        LuceneIndex index = new LuceneIndex();
        index.sync(documents);
        return index;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
