package dev.signpost.search;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

import java.util.HashSet;
import java.util.Set;

/**
 * The part of a user's query that matches the body, for highlighting snippets. The highlighter asks the whole query
 * where it matches in every hit; the full query also searches titles, headings, identifiers and tags (each word as a
 * prefix too), and working out those matches, only to keep the body's, was most of a search's time in the profile.
 */
final class BodyQuery {

    private BodyQuery() {
    }

    /** The clauses of {@code query} on the body field, any of which may match; null when it has none. */
    static Query of(Query query) {
        if (query instanceof BoostQuery boost) {
            return of(boost.getQuery());
        }
        if (query instanceof BooleanQuery bool) {
            BooleanQuery.Builder body = new BooleanQuery.Builder();
            Query only = null;
            int kept = 0;
            for (BooleanClause clause : bool.clauses()) {
                if (clause.getOccur() == BooleanClause.Occur.MUST_NOT || clause.getOccur() == BooleanClause.Occur.FILTER) {
                    continue;
                }
                Query inner = of(clause.getQuery());
                if (inner != null) {
                    body.add(inner, BooleanClause.Occur.SHOULD);
                    only = inner;
                    kept++;
                }
            }
            return kept == 0 ? null : kept == 1 ? only : body.build();
        }
        return fields(query).equals(Set.of(SearchFields.BODY)) ? query : null;
    }

    private static Set<String> fields(Query leaf) {
        Set<String> fields = new HashSet<>();
        leaf.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return true;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return fields;
    }
}
