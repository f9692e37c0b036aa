package dev.signpost.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

import java.io.IOException;
import java.util.regex.Pattern;

/** "Did you mean": replaces words the index has never seen with the closest words it has (up to two edits). */
final class Spelling {

    private static final Pattern PLAIN_WORD = Pattern.compile("\\p{L}{3,}");
    private final DirectSpellChecker checker = new DirectSpellChecker();
    private final Analyzer folding = SearchAnalyzers.words();

    /** The query with unknown words corrected, or null when there is nothing to correct. */
    String correct(IndexReader reader, String query) throws IOException {
        if (query.contains("\"") || query.contains(":")) {
            return null;
        }
        String[] words = query.strip().split("\\s+");
        boolean changed = false;
        for (int i = 0; i < words.length; i++) {
            if (!PLAIN_WORD.matcher(words[i]).matches()) {
                continue;
            }
            // folded as the dictionary was, so an accent is not an edit: "rôlbak" is two edits from "rollback", not three
            Term term = new Term(SearchFields.SPELL, folding.normalize(SearchFields.SPELL, words[i]));
            if (reader.docFreq(term) > 0) {
                continue;
            }
            SuggestWord[] suggestions = checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            if (suggestions.length > 0) {
                words[i] = suggestions[0].string;
                changed = true;
            }
        }
        return changed ? String.join(" ", words) : null;
    }
}
