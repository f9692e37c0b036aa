package dev.signpost.search;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Keeps only identifier-like tokens ({@code GITHUB_TOKEN}, {@code actions/checkout@v4}, {@code kebab-case-words},
 * {@code v1.2.3}), trimmed of surrounding punctuation and lower-cased. With tails, a token with slashes also yields
 * what follows each slash, at the same position, so {@code checkout@v4} finds {@code actions/checkout@v4}.
 */
final class IdentifierFilter extends TokenFilter {

    private static final String LEADING = "([{<\"'`*";
    private static final String TRAILING = ")]}>\"'`*,;:.!?";
    private static final int MAX_LENGTH = 200;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final boolean withTails;
    private final Deque<String> tails = new ArrayDeque<>();
    private int skipped;

    IdentifierFilter(TokenStream input, boolean withTails) {
        super(input);
        this.withTails = withTails;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!tails.isEmpty()) {
            term.setEmpty().append(tails.pop());
            position.setPositionIncrement(0);
            return true;
        }
        skipped = 0;
        while (input.incrementToken()) {
            int increment = position.getPositionIncrement();
            String token = trim(term.toString());
            if (isIdentifier(token)) {
                String lower = token.toLowerCase(Locale.ROOT);
                term.setEmpty().append(lower);
                position.setPositionIncrement(increment + skipped);
                if (withTails) {
                    for (int slash = lower.indexOf('/'); slash >= 0 && slash < lower.length() - 1; slash = lower.indexOf('/', slash + 1)) {
                        tails.add(lower.substring(slash + 1));
                    }
                }
                return true;
            }
            skipped += increment;
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        tails.clear();
        skipped = 0;
    }

    static String trim(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && LEADING.indexOf(token.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && TRAILING.indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        return token.substring(start, end);
    }

    /** Letters or digits joined by at least one of {@code / @ _ . -}, or letters mixed with digits. */
    static boolean isIdentifier(String token) {
        if (token.length() < 2 || token.length() > MAX_LENGTH) {
            return false;
        }
        boolean joiner = false;
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else if ("/@_.-:#+".indexOf(c) >= 0) {
                joiner = true;
            } else {
                return false;
            }
        }
        return (joiner && (letter || digit)) || (letter && digit);
    }
}
