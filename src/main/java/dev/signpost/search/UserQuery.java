package dev.signpost.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What people type, turned into a Lucene query over the text fields. Words must all match (in any field);
 * {@code "quoted phrases"} match as phrases; the last word also matches as a prefix, for search as you type; the
 * classic query syntax ({@code OR}, {@code -word}, {@code title:rollback}) works, and when it is malformed the
 * text is searched as plain words instead of failing.
 */
final class UserQuery {

    static final int MAX_LENGTH = 500;
    private static final Pattern LAST_WORD = Pattern.compile("(^|[\\s(])([\\p{L}\\p{N}][\\p{L}\\p{N}_-]*)$");
    private static final Pattern FIELD_PREFIX = Pattern.compile("(^|[\\s(+\\-])([\\p{L}_]+):");
    private static final Pattern OPERATOR = Pattern.compile("\\b(AND|OR|NOT)\\b");

    private final Analyzer analyzer;

    UserQuery(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The query for this text, or null when it holds nothing searchable. */
    Query parse(String text) {
        String cleaned = clean(text);
        if (cleaned.isBlank()) {
            return null;
        }
        try {
            return parser().parse(withPrefixOnLastWord(escapeOutsideSyntax(cleaned)));
        } catch (ParseException | IllegalArgumentException | IndexSearcher.TooManyClauses e) {
            try {
                return parser().parse(withPrefixOnLastWord(asPlainWords(cleaned)));
            } catch (ParseException | IllegalArgumentException | IndexSearcher.TooManyClauses again) {
                return null;
            }
        }
    }

    /** True for a query that only leaves things out ({@code -jenkins}, {@code NOT jenkins}): on its own it matches nothing. */
    static boolean excludesOnly(Query query) {
        return query instanceof BooleanQuery bool && !bool.clauses().isEmpty()
                && bool.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT);
    }

    /** The words of a query that a spelling suggestion may replace: plain words, not syntax or phrases. */
    static List<String> plainWords(String text) {
        String cleaned = clean(text);
        if (cleaned.contains("\"") || cleaned.contains(":")) {
            return List.of();
        }
        return Pattern.compile("\\s+").splitAsStream(cleaned).filter(w -> w.matches("[\\p{L}]{3,}")).toList();
    }

    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String stripped = text.replaceAll("\\p{Cntrl}", " ").strip();
        return stripped.length() > MAX_LENGTH ? stripped.substring(0, MAX_LENGTH) : stripped;
    }

    /** The text with every character of the syntax escaped and the operators as words ("rollback OR" is "rollback or"). */
    static String asPlainWords(String text) {
        return OPERATOR.matcher(QueryParser.escape(text)).replaceAll(m -> m.group(1).toLowerCase(Locale.ROOT));
    }

    private MultiFieldQueryParser parser() {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(SearchFields.TEXT_BOOSTS.keySet().toArray(String[]::new),
                analyzer, SearchFields.TEXT_BOOSTS);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        parser.setSplitOnWhitespace(true);
        // One typed word that analyses to several terms (actions/checkout@v4, kebab-case) must match as written:
        // without this the multi-field parser ORs its parts, so actions/checkout@v9 found every page saying "actions".
        parser.setAutoGeneratePhraseQueries(true);
        return parser;
    }

    /**
     * Slashes would start a regular expression and a colon a field name; both are common in what engineers search for
     * ({@code actions/checkout@v4}, {@code http://...}), so they are escaped unless a colon follows a known field name.
     */
    static String escapeOutsideSyntax(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        boolean inPhrase = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                inPhrase = !inPhrase;
            }
            if (!inPhrase && c == '/') {
                out.append('\\');
            }
            if (!inPhrase && c == ':' && !followsField(text, i)) {
                out.append('\\');
            }
            out.append(c);
        }
        return rewriteFieldNames(out.toString());
    }

    private static boolean followsField(String text, int colon) {
        int start = colon;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '_')) {
            start--;
        }
        return start < colon && SearchFields.QUERYABLE.containsKey(text.substring(start, colon).toLowerCase())
                && (start == 0 || " (+-".indexOf(text.charAt(start - 1)) >= 0);
    }

    private static String rewriteFieldNames(String text) {
        Matcher m = FIELD_PREFIX.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String field = SearchFields.QUERYABLE.get(m.group(2).toLowerCase());
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + (field == null ? m.group(2) : field) + ":"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** {@code jenkins migr} becomes {@code jenkins (migr OR title:migr* OR ...)}: the word as typed, or as the start of a word. */
    static String withPrefixOnLastWord(String text) {
        if (text.chars().filter(c -> c == '"').count() % 2 != 0) {
            return text;
        }
        Matcher m = LAST_WORD.matcher(text);
        if (!m.find() || m.group(2).length() < 2 || isOperator(m.group(2))
                || EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(m.group(2).toLowerCase(Locale.ROOT))) {
            return text;
        }
        String word = m.group(2);
        // Prefixes count less than whole words, identifiers included (an identifier typed in full weighs a lot). The
        // unstemmed words (spell) catch a prefix that runs past a stem: "migrati" is not a prefix of the stem "migrat", but it is of "migrating".
        String unstemmed = word.length() >= 4 ? " OR " + SearchFields.SPELL + ":" + word + "*" : "";
        return text.substring(0, m.start(2)) + "(" + word + " OR " + SearchFields.TITLE + ":" + word + "*^3 OR "
                + SearchFields.HEADINGS + ":" + word + "* OR " + SearchFields.BODY + ":" + word + "*" + unstemmed + " OR "
                + SearchFields.IDENT + ":" + word + "* OR " + SearchFields.IDENT_ANYWHERE + ":" + word + "*)";
    }

    private static boolean isOperator(String word) {
        return word.equals("AND") || word.equals("OR") || word.equals("NOT");
    }
}
