package dev.signpost.search;

import org.apache.lucene.search.DocIdSetIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import java.io.IOException;

/** Lucene's unified highlighter, giving {@link Snippet}s (via {@link SnippetFormatter}) instead of HTML strings. */
final class SnippetHighlighter extends UnifiedHighlighter {

    /** How many body terms a prefix may stand for in a snippet (the most frequent ones). */
    static final int PREFIX_TERMS = 64;

    private static final int MAX_LENGTH = 100_000;

    /** The text of the body field of a document id of this searcher's reader, as it was indexed. */
    private final IntFunction<String> bodies;

    SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer, IntFunction<String> bodies) {
        super(UnifiedHighlighter.builder(searcher, analyzer).withFormatter(new SnippetFormatter())
                .withMaxLength(MAX_LENGTH).withHighlightPhrasesStrictly(true).withBreakIterator(SentenceBreaks::new)
                // no match in the body gives null, so the caller shows the description instead of the body's start
                .withMaxNoHighlightPassages(0));
        this.bodies = bodies;
    }

    /**
     * The body of each document from the documents in memory, which the index was built from, instead of decompressing
     * stored fields (a fifth of a search's time in the profile); the body is not stored in the index at all.
     */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
        if (fields.length != 1 || !fields[0].equals(SearchFields.BODY)) {
            throw new IllegalArgumentException("only the body is highlighted, not " + String.join(", ", fields));
        }
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
            String body = bodies.apply(doc);
            String text = body == null ? "" : body;
            values.add(new CharSequence[] {text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text});
        }
        return values;
    }

    /** For each document, its best passages of the field as a snippet, or null when the field has no match. */
    Object[] snippets(String field, Query query, int[] docIds, int passages) throws IOException {
        return highlightFieldsAsObjects(new String[] {field}, query, docIds, new int[] {passages}).get(field);
    }

    /**
     * The query with each prefix on the body ({@code migr*}) replaced by the (at most {@value #PREFIX_TERMS}) body terms it
     * matches. The highlighter reads offsets from the postings only for plain terms; a prefix makes it re-analyse the
     * stored text of every hit, about a quarter of the cost of a search, and every query has one (the last word).
     */
    static Query withTermsForPrefixes(IndexSearcher searcher, Query query) throws IOException {
        if (query instanceof BoostQuery boost) {
            Query inner = withTermsForPrefixes(searcher, boost.getQuery());
            return inner == boost.getQuery() ? query : new BoostQuery(inner, boost.getBoost());
        }
        if (query instanceof BooleanQuery bool) {
            BooleanQuery.Builder copy = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
            boolean changed = false;
            for (BooleanClause clause : bool.clauses()) {
                Query inner = withTermsForPrefixes(searcher, clause.getQuery());
                changed |= inner != clause.getQuery();
                copy.add(inner, clause.getOccur());
            }
            return changed ? copy.build() : query;
        }
        if (query instanceof PrefixQuery prefix && prefix.getField().equals(SearchFields.BODY)) {
            return searcher.rewrite(new PrefixQuery(prefix.getPrefix(), new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(PREFIX_TERMS)));
        }
        return query;
    }
}
