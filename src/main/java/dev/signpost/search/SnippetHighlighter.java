package dev.signpost.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import java.io.IOException;

/** Lucene's unified highlighter, giving {@link Snippet}s (via {@link SnippetFormatter}) instead of HTML strings. */
final class SnippetHighlighter extends UnifiedHighlighter {

    SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        super(UnifiedHighlighter.builder(searcher, analyzer).withFormatter(new SnippetFormatter())
                .withMaxLength(100_000).withHighlightPhrasesStrictly(true)
                // no match in the body gives null, so the caller shows the description instead of the body's start
                .withMaxNoHighlightPassages(0));
    }

    /** For each document, its best passages of the field as a snippet, or null when the field has no match. */
    Object[] snippets(String field, Query query, int[] docIds, int passages) throws IOException {
        return highlightFieldsAsObjects(new String[] {field}, query, docIds, new int[] {passages}).get(field);
    }
}
