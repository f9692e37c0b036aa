package dev.signpost.search;

import dev.signpost.content.Document;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The search index: in memory, kept in step with the content snapshot by {@link #sync}, which re-indexes only the
 * documents that changed. A search runs on one {@link View}: a point-in-time reader together with the documents it
 * was built from, so it never sees a half-applied change and every hit resolves to the document that was indexed.
 * A sync that fails is rolled back: searches keep the previous view. Pure: no CDI, no HTTP; usable from tests and
 * the benchmark as it is.
 */
public final class LuceneIndex implements Closeable {


    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final Analyzer indexAnalyzer = SearchAnalyzers.indexing();
    private final UserQuery userQuery = new UserQuery(SearchAnalyzers.querying());
    private final Spelling spelling = new Spelling();
    private final CodeBlocks codeBlocks = new CodeBlocks();
    private IndexWriter writer;
    private volatile View view;

    /** A reader and the documents it holds; shared by searches, closed when the last one lets go of a replaced view. */
    private record View(DirectoryReader reader, IndexSearcher searcher, Map<String, Document> documents) {

        View(DirectoryReader reader, Map<String, Document> documents) {
            this(reader, new IndexSearcher(reader), documents);
        }
    }

    /** What a {@link #sync} did. */
    public record Sync(int indexed, int removed, long millis) {
    }

    public LuceneIndex() {
        try {
            writer = newWriter(IndexWriterConfig.OpenMode.CREATE);
            writer.commit();
            view = new View(DirectoryReader.open(writer), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private IndexWriter newWriter(IndexWriterConfig.OpenMode mode) throws IOException {
        return new IndexWriter(directory, new IndexWriterConfig(indexAnalyzer).setOpenMode(mode).setRAMBufferSizeMB(64));
    }

    /**
     * Brings the index to exactly these documents; a document that is the same object as last time is not touched.
     * If it fails part-way, nothing of it is kept and searches go on with the previous documents.
     */
    public synchronized Sync sync(Collection<Document> documents) {
        long start = System.nanoTime();
        Map<String, Document> indexed = view.documents();
        Map<String, Document> next = new HashMap<>(documents.size() * 2);
        documents.forEach(d -> next.put(d.path(), d));
        int changed = 0;
        int removed = 0;
        try {
            for (Document doc : next.values()) {
                Document before = indexed.get(doc.path());
                if (before != doc && !sameIndexedContent(before, doc)) {
                    if (indexed.isEmpty()) {
                        writer.addDocument(LuceneDocuments.of(doc));
                    } else {
                        writer.updateDocument(new Term(SearchFields.PATH, doc.path()), LuceneDocuments.of(doc));
                    }
                    changed++;
                }
            }
            for (String path : indexed.keySet()) {
                if (!next.containsKey(path)) {
                    writer.deleteDocuments(new Term(SearchFields.PATH, path));
                    removed++;
                }
            }
            writer.commit();
            DirectoryReader reader = changed + removed > 0 ? DirectoryReader.openIfChanged(view.reader(), writer) : null;
            replaceView(reader, Map.copyOf(next));
        } catch (IOException | RuntimeException e) {
            rollBack(e);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        return new Sync(changed, removed, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The same document as far as the index goes: a new origin (who changed it last, found after the text) on the very
     * same parsed text. The view then holds the new object, so a hit resolves to the document as it is now.
     */
    private static boolean sameIndexedContent(Document before, Document now) {
        return before != null && before.html() == now.html() && before.text() == now.text() && before.title().equals(now.title())
                && before.type().equals(now.type()) && before.owner().equals(now.owner()) && before.url().equals(now.url())
                && before.tags().equals(now.tags()) && before.description().equals(now.description())
                && java.util.Objects.equals(before.origin().source(), now.origin().source());
    }

    /** Publishes the new reader (or the old one, unchanged) with the documents it now holds. */
    private void replaceView(DirectoryReader changedReader, Map<String, Document> documents) {
        View old = view;
        DirectoryReader reader = changedReader;
        if (reader == null) {
            reader = old.reader();
            reader.incRef();
        }
        view = new View(reader, documents);
        release(old);
    }

    /** Drops what the failed sync wrote since the last commit and opens a new writer on the committed index. */
    private void rollBack(Exception cause) {
        try {
            writer.rollback();
            writer = newWriter(IndexWriterConfig.OpenMode.APPEND);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    /** The current view, held until {@link #release}; a view replaced meanwhile stays open until released. */
    private View acquire() {
        while (true) {
            View current = view;
            if (current.reader().tryIncRef()) {
                return current;
            }
        }
    }

    private static void release(View held) {
        try {
            held.reader().decRef();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        return view.documents().size();
    }

    /** One page of matches, with facets; a query that finds nothing is retried with its spelling corrected. */
    IndexResult search(SearchRequest request) {
        View held = acquire();
        try {
            IndexSearcher searcher = held.searcher();
            try {
                Query text = userQuery.parse(request.query());
                if (text == null) {
                    return IndexResult.empty(request.query());
                }
                if (UserQuery.excludesOnly(text)) {
                    return IndexResult.excludingOnly(request.query());
                }
                IndexResult result = IndexPage.run(searcher, indexAnalyzer, held.documents(), codeBlocks, text, request, request.query(), false);
                if (result.total() == 0) {
                    String corrected = spelling.correct(searcher.getIndexReader(), request.query());
                    Query correctedQuery = corrected == null ? null : userQuery.parse(corrected);
                    if (correctedQuery != null) {
                        IndexResult retried = IndexPage.run(searcher, indexAnalyzer, held.documents(), codeBlocks, correctedQuery, request, corrected, true);
                        if (retried.total() > 0) {
                            return retried;
                        }
                    }
                }
                return result;
            } finally {
                release(held);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        release(view);
        writer.close();
        directory.close();
    }
}
