package dev.signpost.search;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import java.io.UncheckedIOException;

import dev.signpost.content.Document;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One page of a search on one point-in-time searcher: the filters applied, the facets counted, the hits with snippets. */
final class IndexPage {

    private static final int SNIPPET_PASSAGES = 2;

    private IndexPage() {
    }

    static IndexResult run(IndexSearcher searcher, Analyzer analyzer, Map<String, Document> documents, CodeBlocks codeBlocks, Query text,
            SearchRequest request,
            String searched, boolean corrected) throws IOException {
        Query query = filtered(text, request);
        FacetCounts facets = searcher.search(query, FacetCounts.manager());
        int pageNumber = request.pageShown(facets.total());
        TopDocs top = searcher.search(query, pageNumber * request.pageSize());
        List<ScoreDoc> page = new ArrayList<>();
        for (int i = (pageNumber - 1) * request.pageSize(); i < top.scoreDocs.length; i++) {
            page.add(top.scoreDocs[i]);
        }
        List<IndexHit> hits = new ArrayList<>(page.size());
        if (!page.isEmpty()) {
            int[] docIds = page.stream().mapToInt(d -> d.doc).toArray();
            Map<Integer, Document> byId = new HashMap<>();
            for (int id : docIds) {
                byId.put(id, documents.get(path(searcher.getIndexReader(), id)));
            }
            Query body = BodyQuery.of(text);
            Object[] snippets = body == null ? new Object[docIds.length] : new SnippetHighlighter(searcher, analyzer, id -> {
                Document doc = byId.get(id);
                return doc == null ? null : doc.text();
            }).snippets(SearchFields.BODY, SnippetHighlighter.withTermsForPrefixes(searcher, body), docIds, SNIPPET_PASSAGES);
            for (int i = 0; i < page.size(); i++) {
                Document doc = byId.get(docIds[i]);
                Snippet snippet = snippets[i] instanceof SnippetFormatter.Highlight h ? snippet(doc, h, codeBlocks) : lead(doc);
                hits.add(new IndexHit(doc, page.get(i).score, snippet));
            }
        }
        return new IndexResult(searched, corrected, facets.total(), hits, facets.types(), facets.tags(), facets.sources());
    }

    private static Query filtered(Query text, SearchRequest request) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        filter(query, SearchFields.TYPE, request.type());
        filter(query, SearchFields.TAG, request.tag());
        filter(query, SearchFields.OWNER, request.owner());
        filter(query, SearchFields.SOURCE, request.source());
        filter(query, SearchFields.SECTION, request.section());
        return query.build();
    }

    private static void filter(BooleanQuery.Builder query, String field, String value) {
        if (value != null) {
            query.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }

    /** The path of a document id, from its doc values: no stored field is decompressed for it. */
    private static String path(IndexReader reader, int docId) {
        try {
            List<LeafReaderContext> leaves = reader.leaves();
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
            SortedDocValues paths = DocValues.getSorted(leaf.reader(), SearchFields.PATH);
            return paths.advanceExact(docId - leaf.docBase) ? paths.lookupOrd(paths.ordValue()).utf8ToString() : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The highlighted passages, or, when the first match is inside a code block, the block's lines around it as
     * written: flattened onto one line, code (JSON, YAML, a shell session) is hard to read.
     */
    private static Snippet snippet(Document doc, SnippetFormatter.Highlight highlight, CodeBlocks codeBlocks) {
        if (doc == null) {
            return highlight.snippet();
        }
        List<String> words = highlight.snippet().parts().stream().filter(Snippet.Part::match).map(Snippet.Part::text).toList();
        return codeBlocks.at(doc, highlight.firstMatch()).map(block -> CodeSnippet.of(block.written(), words))
                .filter(code -> !code.isEmpty()).orElse(highlight.snippet());
    }

    /** The start of a document, for hits whose match is not in the body (a title or a tag). */
    private static Snippet lead(Document doc) {
        if (doc == null) {
            return Snippet.EMPTY;
        }
        String description = doc.description();
        String text = description != null && !description.isBlank() ? description : doc.text();
        if (text == null || text.isBlank()) {
            return Snippet.EMPTY;
        }
        String lead = text.length() <= 240 ? text : text.substring(0, text.lastIndexOf(' ', 240) > 0 ? text.lastIndexOf(' ', 240) : 240) + " …";
        return new Snippet(List.of(new Snippet.Part(lead, false)));
    }
}
