package dev.signpost.leancoffee.rules;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LeanCoffeeMergeTest {

    @Test
    void shouldMoveEveryDotOfTheMergedTopicToTheKeptOne() {
        MergeResult result = Merge.of(Map.of("ana", 1, "bo", 2), Map.of("bo", 1, "cy", 3),
                Map.of("ana", 3, "bo", 3, "cy", 3), 3);
        assertEquals(Map.of("ana", 1, "bo", 3, "cy", 3), result.keptAfter());
        assertEquals(Map.of(), result.returned());
        assertEquals(7, result.keptTotal());
        assertEquals(0, result.returnedTotal());
    }

    @Test
    void shouldKeepTheTotalOfDotsWhenNothingIsReturned() {
        Map<String, Integer> kept = Map.of("ana", 2, "bo", 1);
        Map<String, Integer> merged = Map.of("ana", 1, "dee", 2);
        MergeResult result = Merge.of(kept, merged, Map.of("ana", 5, "bo", 1, "dee", 2), 5);
        assertEquals(6, result.keptTotal());
    }

    @Test
    void shouldReturnDotsAboveTheLimitOnOneTopic() {
        // The limit was lowered from 5 to 3 after ana placed 2 + 3 dots on what turned out to be duplicates.
        MergeResult result = Merge.of(Map.of("ana", 2, "bo", 1), Map.of("ana", 3), Map.of("ana", 5, "bo", 1), 3);
        assertEquals(Map.of("ana", 3, "bo", 1), result.keptAfter());
        assertEquals(Map.of("ana", 2), result.returned());
        assertEquals(4, result.keptTotal());
        assertEquals(2, result.returnedTotal());
    }

    @Test
    void shouldReturnNothingAtExactlyTheLimit() {
        MergeResult result = Merge.of(Map.of("ana", 1), Map.of("ana", 2), Map.of("ana", 3), 3);
        assertEquals(Map.of("ana", 3), result.keptAfter());
        assertEquals(Map.of(), result.returned());
    }

    @Test
    void shouldLeaveOutParticipantsWithoutDots() {
        MergeResult result = Merge.of(Map.of("ana", 0), Map.of("bo", 0), Map.of(), 3);
        assertEquals(Map.of(), result.keptAfter());
        assertEquals(Map.of(), result.returned());
    }

    @Test
    void shouldRefuseCountsThatDoNotAddUp() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Merge.of(Map.of("ana", 2), Map.of("ana", 2), Map.of("ana", 3), 3));
        assertEquals("ana has 4 dots on the two topics but 3 in the session", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Merge.of(Map.of("ana", -1), Map.of(), Map.of("ana", 3), 3));
        assertThrows(IllegalArgumentException.class, () -> Merge.of(Map.of(), Map.of(), Map.of(), 0));
    }

    @Test
    void shouldRefuseMergingATopicIntoItself() {
        assertEquals(Optional.of("A topic cannot be merged into itself; choose the duplicate to keep."),
                Merge.refusal(Phase.COLLECTING, 7, false, 7, false));
    }

    @Test
    void shouldRefuseMergingIntoOrFromATopicAlreadyMergedAway() {
        assertEquals(Optional.of("The topic to keep was itself merged into another; merge into that one instead."),
                Merge.refusal(Phase.VOTING, 1, true, 2, false));
        assertEquals(Optional.of("That topic was already merged into another."), Merge.refusal(Phase.VOTING, 1, false, 2, true));
    }

    @Test
    void shouldMergeOnlyWhileCollectingOrVoting() {
        assertEquals(Optional.empty(), Merge.refusal(Phase.COLLECTING, 1, false, 2, false));
        assertEquals(Optional.empty(), Merge.refusal(Phase.VOTING, 1, false, 2, false));
        for (Phase phase : List.of(Phase.DISCUSSING, Phase.CLOSED)) {
            assertTrue(Merge.refusal(phase, 1, false, 2, false).orElseThrow().startsWith("Topics can be merged only while"), phase.code());
        }
    }

    @Test
    void shouldNotLetResultBeChanged() {
        MergeResult result = Merge.of(Map.of("ana", 1), Map.of(), Map.of("ana", 1), 3);
        assertThrows(UnsupportedOperationException.class, () -> result.keptAfter().put("bo", 1));
    }
}
