package dev.signpost.search;

import org.junit.jupiter.api.Test;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SentenceBreaksTest {

    private static List<String> sentences(String text) {
        BreakIterator breaks = new SentenceBreaks();
        breaks.setText(text);
        List<String> all = new ArrayList<>();
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            all.add(text.substring(start, end));
        }
        return all;
    }

    @Test
    void sentencesEndAtTheirPunctuationAndAtBlankLines() {
        assertEquals(List.of("Roll back first. ", "Then write it up! ", "Why? ", "Because…  ", "Done"),
                sentences("Roll back first. Then write it up! Why? Because…  Done"));
        assertEquals(List.of("A code block\nkeeps its lines\n\n", "Next paragraph"), sentences("A code block\nkeeps its lines\n\nNext paragraph"));
    }

    @Test
    void abbreviationsVersionsAndLowerCaseDoNotEndASentence() {
        assertEquals(List.of("Use a tool, e.g. this one, from v1.2 on. ", "Fine."), sentences("Use a tool, e.g. this one, from v1.2 on. Fine."));
    }

    @Test
    void precedingAndFollowingKeepTheBreakIteratorContract() {
        BreakIterator breaks = new SentenceBreaks();
        String text = "One. Two. Three.";
        breaks.setText(text);
        assertEquals(5, breaks.following(0));
        assertEquals(10, breaks.following(5));
        assertEquals(text.length(), breaks.following(12));
        assertEquals(BreakIterator.DONE, breaks.following(text.length()));
        assertEquals(5, breaks.preceding(10));
        assertEquals(0, breaks.preceding(3));
        assertEquals(BreakIterator.DONE, breaks.preceding(0));
        assertEquals(true, breaks.isBoundary(5));
        assertEquals(false, breaks.isBoundary(6));
        assertThrows(IllegalArgumentException.class, () -> breaks.following(text.length() + 1));
        assertEquals(BreakIterator.DONE, new SentenceBreaks().next(), "an empty text has no boundary after 0");
    }
}
