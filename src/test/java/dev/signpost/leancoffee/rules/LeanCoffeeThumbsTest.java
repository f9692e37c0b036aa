package dev.signpost.leancoffee.rules;

import dev.signpost.leancoffee.Thumbs;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LeanCoffeeThumbsTest {

    @Test
    void shouldCountEachKindOfThumb() {
        ThumbsTally tally = ThumbsTally.of(List.of(Thumb.UP, Thumb.DOWN, Thumb.UP, Thumb.SIDEWAYS, Thumb.UP));
        assertEquals(new ThumbsTally(3, 1, 1), tally);
        assertEquals(5, tally.total());
    }

    @Test
    void shouldContinueWhenMoreUpThanDown() {
        assertEquals(ThumbsTally.Verdict.CONTINUE, new ThumbsTally(2, 0, 1).verdict());
        assertEquals(ThumbsTally.Verdict.CONTINUE, new ThumbsTally(1, 5, 0).verdict());
    }

    @Test
    void shouldMoveOnOnATieOrMoreDown() {
        assertEquals(ThumbsTally.Verdict.MOVE_ON, new ThumbsTally(2, 0, 2).verdict());
        assertEquals(ThumbsTally.Verdict.MOVE_ON, new ThumbsTally(1, 0, 3).verdict());
        assertEquals(ThumbsTally.Verdict.MOVE_ON, new ThumbsTally(0, 4, 0).verdict());
    }

    @Test
    void shouldKeepGoingWhileTheTimeRunsUnlessMoreWantToMoveOn() {
        assertEquals(ThumbsTally.Verdict.CONTINUE, new ThumbsTally(0, 0, 0).verdict(false));
        assertEquals(ThumbsTally.Verdict.CONTINUE, new ThumbsTally(1, 0, 1).verdict(false), "a tie keeps the agreed box");
        assertEquals(ThumbsTally.Verdict.CONTINUE, new ThumbsTally(0, 3, 0).verdict(false));
        assertEquals(ThumbsTally.Verdict.MOVE_ON, new ThumbsTally(1, 2, 2).verdict(false));
        assertEquals(ThumbsTally.Verdict.MOVE_ON, new ThumbsTally(1, 0, 1).verdict(true), "once the time is up, a tie moves on");
    }

    @Test
    void shouldMoveOnWhenNobodyGaveAThumb() {
        assertEquals(ThumbsTally.Verdict.MOVE_ON, ThumbsTally.of(List.of()).verdict());
    }

    @Test
    void shouldReplaceAParticipantsFirstThumb() {
        Thumbs round = Thumbs.none(2).with("ana", Thumb.UP).with("bo", Thumb.DOWN).with("ana", Thumb.DOWN);
        assertEquals(Map.of("ana", Thumb.DOWN, "bo", Thumb.DOWN), round.byParticipant());
        assertEquals(new ThumbsTally(0, 0, 2), round.tally());
        assertEquals(2, round.round());
    }

    @Test
    void shouldLeaveEarlierThumbsUntouched() {
        Thumbs before = Thumbs.none(1).with("ana", Thumb.UP);
        before.with("ana", Thumb.DOWN);
        assertEquals(Map.of("ana", Thumb.UP), before.byParticipant());
    }

    @Test
    void shouldRefuseRoundZeroAndNegativeCounts() {
        assertThrows(IllegalArgumentException.class, () -> Thumbs.none(0));
        assertThrows(IllegalArgumentException.class, () -> new ThumbsTally(-1, 0, 0));
    }

    @Test
    void shouldSayWhatEachThumbMeans() {
        assertEquals(List.of("Keep going", "Wrap up", "Move on"), List.of(Thumb.values()).stream().map(Thumb::label).toList());
        assertTrue(Thumb.DOWN.button().contains("I'm done with this topic"));
    }

    @Test
    void shouldReadThumbCodes() {
        assertEquals(List.of("up", "sideways", "down"), List.of(Thumb.values()).stream().map(Thumb::code).toList());
        assertEquals(Optional.of(Thumb.SIDEWAYS), Thumb.of(" SIDEWAYS"));
        assertEquals(Optional.empty(), Thumb.of("left"));
    }
}
