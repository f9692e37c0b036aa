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

/**
 * Counts every match by type, by tag and by source (and in all), for the facets beside the results. Counts by ordinal within a
 * segment and turns each ordinal into its string once, when the segment is done: a broad query matches most pages.
 */
final class FacetCounts extends SimpleCollector {

    private final Map<String, Integer> types = new HashMap<>();
    private final Map<String, Integer> tags = new HashMap<>();
    private final Map<String, Integer> sources = new HashMap<>();
    private long total;
    private SortedDocValues typeValues;
    private SortedSetDocValues tagValues;
    private SortedDocValues sourceValues;
    private int[] typeCounts;
    private int[] tagCounts;
    private int[] sourceCounts;

    static CollectorManager<FacetCounts, FacetCounts> manager() {
        return new CollectorManager<>() {
            @Override
            public FacetCounts newCollector() {
                return new FacetCounts();
            }

            @Override
            public FacetCounts reduce(Collection<FacetCounts> collectors) throws IOException {
                FacetCounts all = new FacetCounts();
                for (FacetCounts c : collectors) {
                    c.flush();
                    all.total += c.total;
                    c.types.forEach((k, v) -> all.types.merge(k, v, Integer::sum));
                    c.tags.forEach((k, v) -> all.tags.merge(k, v, Integer::sum));
                    c.sources.forEach((k, v) -> all.sources.merge(k, v, Integer::sum));
                }
                return all;
            }
        };
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        flush();
        typeValues = DocValues.getSorted(context.reader(), SearchFields.TYPE);
        tagValues = DocValues.getSortedSet(context.reader(), SearchFields.TAG);
        typeCounts = new int[typeValues.getValueCount()];
        tagCounts = new int[Math.toIntExact(tagValues.getValueCount())];
        sourceValues = DocValues.getSorted(context.reader(), SearchFields.SOURCE);
        sourceCounts = new int[sourceValues.getValueCount()];
    }

    @Override
    public void collect(int doc) throws IOException {
        total++;
        if (typeValues.advanceExact(doc)) {
            typeCounts[typeValues.ordValue()]++;
        }
        if (sourceValues.advanceExact(doc)) {
            sourceCounts[sourceValues.ordValue()]++;
        }
        if (tagValues.advanceExact(doc)) {
            for (int i = 0; i < tagValues.docValueCount(); i++) {
                tagCounts[(int) tagValues.nextOrd()]++;
            }
        }
    }

    /** Adds the counts of the current segment to the maps. */
    private void flush() throws IOException {
        if (typeCounts != null) {
            for (int ord = 0; ord < typeCounts.length; ord++) {
                if (typeCounts[ord] > 0) {
                    types.merge(typeValues.lookupOrd(ord).utf8ToString(), typeCounts[ord], Integer::sum);
                }
            }
            for (int ord = 0; ord < tagCounts.length; ord++) {
                if (tagCounts[ord] > 0) {
                    tags.merge(tagValues.lookupOrd(ord).utf8ToString(), tagCounts[ord], Integer::sum);
                }
            }
            for (int ord = 0; ord < sourceCounts.length; ord++) {
                if (sourceCounts[ord] > 0) {
                    sources.merge(sourceValues.lookupOrd(ord).utf8ToString(), sourceCounts[ord], Integer::sum);
                }
            }
            typeCounts = null;
            tagCounts = null;
            sourceCounts = null;
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

    Map<String, Integer> sources() {
        return sources;
    }
}
