package dev.signpost.search;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Counts every match by type and by tag (and in all), for the facets beside the results. */
final class FacetCounts extends SimpleCollector {

    private final Map<String, Integer> types = new HashMap<>();
    private final Map<String, Integer> tags = new HashMap<>();
    private long total;
    private SortedDocValues typeValues;
    private SortedSetDocValues tagValues;

    static CollectorManager<FacetCounts, FacetCounts> manager() {
        return new CollectorManager<>() {
            @Override
            public FacetCounts newCollector() {
                return new FacetCounts();
            }

            @Override
            public FacetCounts reduce(Collection<FacetCounts> collectors) {
                FacetCounts all = new FacetCounts();
                for (FacetCounts c : collectors) {
                    all.total += c.total;
                    c.types.forEach((k, v) -> all.types.merge(k, v, Integer::sum));
                    c.tags.forEach((k, v) -> all.tags.merge(k, v, Integer::sum));
                }
                return all;
            }
        };
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        typeValues = DocValues.getSorted(context.reader(), SearchFields.TYPE);
        tagValues = DocValues.getSortedSet(context.reader(), SearchFields.TAG);
    }

    @Override
    public void collect(int doc) throws IOException {
        total++;
        if (typeValues.advanceExact(doc)) {
            types.merge(typeValues.lookupOrd(typeValues.ordValue()).utf8ToString(), 1, Integer::sum);
        }
        if (tagValues.advanceExact(doc)) {
            for (int i = 0; i < tagValues.docValueCount(); i++) {
                tags.merge(tagValues.lookupOrd(tagValues.nextOrd()).utf8ToString(), 1, Integer::sum);
            }
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    long total() {
        return total;
    }

    Map<String, Integer> types() {
        return types;
    }

    Map<String, Integer> tags() {
        return tags;
    }
}
