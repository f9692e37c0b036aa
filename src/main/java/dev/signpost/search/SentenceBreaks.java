package dev.signpost.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Sentence boundaries for snippets, found by looking only around the asked offset: a boundary is where a sentence
 * starts after {@code . ! ? …} and white space (not before a lower-case letter, so "e.g. this" stays one sentence), or
 * after a blank line (a single line break is a space, as in the JDK's iterator, so a code block's lines stay together). The JDK's sentence iterator gives nearly the same passages but walks the text from its start on
 * every {@code preceding} call, which made the highlighter the largest cost of a search (issue 19's profile).
 */
final class SentenceBreaks extends BreakIterator {

    private String text = "";
    private int current;

    @Override
    public int first() {
        current = 0;
        return current;
    }

    @Override
    public int last() {
        current = text.length();
        return current;
    }

    @Override
    public int next(int n) {
        int result = current;
        for (int i = 0; i < n && result != DONE; i++) {
            result = next();
        }
        for (int i = 0; i > n && result != DONE; i--) {
            result = previous();
        }
        return result;
    }

    @Override
    public int next() {
        return current == text.length() ? DONE : following(current);
    }

    @Override
    public int previous() {
        return current == 0 ? DONE : preceding(current);
    }

    @Override
    public int following(int offset) {
        check(offset);
        if (offset == text.length()) {
            return DONE;
        }
        int at = offset + 1;
        while (at < text.length() && !startsSentence(at)) {
            at++;
        }
        current = at;
        return current;
    }

    @Override
    public int preceding(int offset) {
        check(offset);
        if (offset == 0) {
            return DONE;
        }
        int at = offset - 1;
        while (at > 0 && !startsSentence(at)) {
            at--;
        }
        current = at;
        return current;
    }

    @Override
    public boolean isBoundary(int offset) {
        check(offset);
        current = offset;
        return offset == 0 || offset == text.length() || startsSentence(offset);
    }

    @Override
    public int current() {
        return current;
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text);
    }

    @Override
    public void setText(String newText) {
        text = newText == null ? "" : newText;
        current = 0;
    }

    @Override
    public void setText(CharacterIterator newText) {
        StringBuilder all = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            all.append(c);
        }
        setText(all.toString());
    }

    /** Whether a sentence starts at {@code at}: a visible character after white space that ends a sentence or a paragraph. */
    private boolean startsSentence(int at) {
        char here = text.charAt(at);
        if (Character.isWhitespace(here) || !Character.isWhitespace(text.charAt(at - 1))) {
            return false;
        }
        int before = at - 1;
        int lineBreaks = 0;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
            if (text.charAt(before) == '\n' && ++lineBreaks == 2) {
                return true;
            }
            before--;
        }
        if (before < 0 || Character.isLowerCase(here)) {
            return false;
        }
        char end = text.charAt(before);
        return end == '.' || end == '!' || end == '?' || end == '…';
    }

    private void check(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " outside 0.." + text.length());
        }
    }
}
