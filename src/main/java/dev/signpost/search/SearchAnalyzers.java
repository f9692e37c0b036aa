package dev.signpost.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.util.Map;
import java.util.Set;

/**
 * How text becomes terms. Prose: Unicode word splitting, case and accent folding, English stop words and stemming
 * ("migrating" finds "migration"). Identifiers: whitespace-separated tokens that carry {@code / @ _ . -} kept whole
 * (and, for paths, each tail: {@code actions/checkout@v4} is also {@code checkout@v4}), so they match as written;
 * their parts are still found through the prose fields, where {@code kebab-case-words} is three words.
 * Emoji are no words: every word of a query must match, so a 🚀 typed with "deploy" would find nothing.
 */
final class SearchAnalyzers {

    private static final Set<String> EMOJI = Set.of(StandardTokenizer.TOKEN_TYPES[StandardTokenizer.EMOJI]);

    private SearchAnalyzers() {
    }

    /** Analyzers for indexing. */
    static Analyzer indexing() {
        return perField(identifiers(true));
    }

    /** Analyzers for queries: identifiers are looked up whole, never by their tails. */
    static Analyzer querying() {
        return perField(identifiers(false));
    }

    /** Prose for every field but the identifier fields and the spelling dictionary. */
    private static Analyzer perField(Analyzer identifiers) {
        return new PerFieldAnalyzerWrapper(prose(), Map.of(SearchFields.IDENT, identifiers, SearchFields.IDENT_ANYWHERE, identifiers,
                SearchFields.SPELL, words()));
    }

    static Analyzer prose() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(withoutEmoji(source));
                stream = new ASCIIFoldingFilter(new LowerCaseFilter(stream));
                stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                return new TokenStreamComponents(source, new PorterStemFilter(stream));
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    static Analyzer words() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(withoutEmoji(source))));
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    private static TokenStream withoutEmoji(StandardTokenizer source) {
        return new TypeTokenFilter(source, EMOJI);
    }

    static Analyzer identifiers(boolean withTails) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                WhitespaceTokenizer source = new WhitespaceTokenizer();
                // folded like normalize() below, so a typed prefix (Zürich-off*) finds the indexed identifier
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new IdentifierFilter(source, withTails)));
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }
}
