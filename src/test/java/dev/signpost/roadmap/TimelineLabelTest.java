package dev.signpost.roadmap;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Titles wrapped for the timeline's label column: never cut, never wider than a line. */
class TimelineLabelTest {

    @Test
    void shouldKeepAShortTitleOnOneLine() {
        assertEquals(List.of("Jenkins switched off"), TimelineLabel.lines("Jenkins switched off", 34));
    }

    @Test
    void shouldWrapALongTitleAtSpacesKeepingEveryWord() {
        String title = "Paved-road equivalents for every Jenkins shared-library step";
        List<String> lines = TimelineLabel.lines(title, 34);
        assertEquals(List.of("Paved-road equivalents for every", "Jenkins shared-library step"), lines);
        assertEquals(title, String.join(" ", lines));
    }

    @Test
    void shouldBreakAWordLongerThanALineWithoutLosingALetter() {
        String word = "x".repeat(80);
        List<String> lines = TimelineLabel.lines("See " + word, 34);
        assertEquals(List.of("See", "x".repeat(34), "x".repeat(34), "x".repeat(12)), lines);
        assertTrue(lines.stream().noneMatch(l -> l.contains("…")));
    }

    @Test
    void shouldCountWideCharactersTwice() {
        List<String> lines = TimelineLabel.lines("移行計画の全体像と各チームの役割分担について", 20);
        assertTrue(lines.stream().allMatch(l -> l.codePointCount(0, l.length()) <= 10), lines.toString());
        assertEquals("移行計画の全体像と各チームの役割分担について", String.join("", lines));
    }

    @Test
    void shouldNotSplitASurrogatePair() {
        List<String> lines = TimelineLabel.lines("🚀".repeat(20), 10);
        assertTrue(lines.stream().allMatch(l -> l.equals("🚀".repeat(5))), lines.toString());
    }

    @Test
    void shouldCollapseRunsOfSpaces() {
        assertEquals(List.of("Two words"), TimelineLabel.lines("  Two \t  words ", 34));
    }
}
