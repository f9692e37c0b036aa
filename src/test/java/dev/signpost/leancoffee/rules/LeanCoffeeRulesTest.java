package dev.signpost.leancoffee.rules;

import dev.signpost.security.Roles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LeanCoffeeRulesTest {

    private static final Instant NOON = Instant.parse("2025-03-04T12:00:00Z");

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "COLLECTING, COLLECTING, already",
            "COLLECTING, VOTING, ",
            "COLLECTING, DISCUSSING, one step at a time",
            "COLLECTING, CLOSED, one step at a time",
            "VOTING, COLLECTING, ",
            "VOTING, VOTING, already",
            "VOTING, DISCUSSING, ",
            "VOTING, CLOSED, one step at a time",
            "DISCUSSING, COLLECTING, cannot go back",
            "DISCUSSING, VOTING, cannot go back",
            "DISCUSSING, DISCUSSING, already",
            "DISCUSSING, CLOSED, ",
            "CLOSED, COLLECTING, cannot be reopened",
            "CLOSED, VOTING, cannot be reopened",
            "CLOSED, DISCUSSING, cannot be reopened",
            "CLOSED, CLOSED, already"
    })
    void shouldAllowOnlyNextPhaseOrBackFromVotingToCollecting(Phase from, Phase to, String refusal) {
        Optional<String> found = LeanCoffeeRules.phaseRefusal(from, to);
        if (refusal == null) {
            assertEquals(Optional.empty(), found);
        } else {
            assertTrue(found.orElseThrow().contains(refusal), found.get());
        }
    }

    @Test
    void shouldNameTheSkippedPhaseWhenSkipping() {
        assertEquals("A session moves one step at a time: after collecting topics comes voting, which cannot be skipped.",
                LeanCoffeeRules.phaseRefusal(Phase.COLLECTING, Phase.DISCUSSING).orElseThrow());
        assertEquals("A session that is discussing cannot go back to voting; the only way back is from voting to collecting topics.",
                LeanCoffeeRules.phaseRefusal(Phase.DISCUSSING, Phase.VOTING).orElseThrow());
    }

    @Test
    void shouldStepPhasesForwardOneAtATime() {
        assertEquals(Optional.of(Phase.VOTING), Phase.COLLECTING.next());
        assertEquals(Optional.of(Phase.DISCUSSING), Phase.VOTING.next());
        assertEquals(Optional.of(Phase.CLOSED), Phase.DISCUSSING.next());
        assertEquals(Optional.empty(), Phase.CLOSED.next());
        assertEquals(Set.of(Phase.DISCUSSING, Phase.COLLECTING), Phase.VOTING.moves());
        assertEquals(Set.of(), Phase.CLOSED.moves());
    }

    @Test
    void shouldReadPhaseCodes() {
        assertEquals(List.of("collecting", "voting", "discussing", "closed"), List.of(Phase.values()).stream().map(Phase::code).toList());
        assertEquals(Optional.of(Phase.DISCUSSING), Phase.of(" Discussing "));
        assertEquals(Optional.empty(), Phase.of("done"));
        assertEquals(Optional.empty(), Phase.of(null));
    }

    @Test
    void shouldLetSigMembersAndAdminsCreateSessions() {
        assertTrue(LeanCoffeeRules.canCreate(Set.of(Roles.ENGINEER, Roles.SIG_MEMBER)));
        assertTrue(LeanCoffeeRules.canCreate(Set.of(Roles.ADMIN)));
        assertFalse(LeanCoffeeRules.canCreate(Set.of(Roles.ENGINEER, Roles.MANAGER)));
        assertFalse(LeanCoffeeRules.canCreate(Set.of()));
    }

    @Test
    void shouldLetOnlyFacilitatorOrAdminRunSession() {
        assertTrue(LeanCoffeeRules.canRun("sam", Set.of(Roles.ENGINEER), "sam"));
        assertTrue(LeanCoffeeRules.canRun("alex", Set.of(Roles.ADMIN), "sam"));
        assertFalse(LeanCoffeeRules.canRun("alex", Set.of(Roles.ENGINEER, Roles.SIG_MEMBER, Roles.MANAGER), "sam"));
        assertFalse(LeanCoffeeRules.canRun("Sam", Set.of(Roles.SIG_MEMBER), "sam"));
        assertFalse(LeanCoffeeRules.canRun(null, Set.of(), null));
    }

    @Test
    void shouldLetEveryoneSignedInTakePart() {
        assertTrue(LeanCoffeeRules.canTakePart(true));
        assertFalse(LeanCoffeeRules.canTakePart(false));
    }

    @Test
    void shouldAcceptTopicsOnlyWhileCollecting() {
        assertEquals(Optional.empty(), LeanCoffeeRules.topicRefusal(Phase.COLLECTING));
        for (Phase phase : List.of(Phase.VOTING, Phase.DISCUSSING, Phase.CLOSED)) {
            assertTrue(LeanCoffeeRules.topicRefusal(phase).orElseThrow().contains("only while the session is collecting topics"));
        }
        assertEquals("Topics can be added only while the session is collecting topics; it is voting now.",
                LeanCoffeeRules.topicRefusal(Phase.VOTING).orElseThrow());
    }

    @Test
    void shouldAcceptDotsUpToTheLimit() {
        assertEquals(Optional.empty(), LeanCoffeeRules.voteRefusal(Phase.VOTING, 0, 3));
        assertEquals(Optional.empty(), LeanCoffeeRules.voteRefusal(Phase.VOTING, 2, 3));
        assertEquals("You have placed all 3 of your dots; take one back to place it elsewhere.",
                LeanCoffeeRules.voteRefusal(Phase.VOTING, 3, 3).orElseThrow());
        assertTrue(LeanCoffeeRules.voteRefusal(Phase.VOTING, 4, 3).isPresent());
        assertTrue(LeanCoffeeRules.voteRefusal(Phase.VOTING, 1, 1).isPresent());
    }

    @Test
    void shouldRefuseDotsOutsideVoting() {
        for (Phase phase : List.of(Phase.COLLECTING, Phase.DISCUSSING, Phase.CLOSED)) {
            assertTrue(LeanCoffeeRules.voteRefusal(phase, 0, 3).orElseThrow().startsWith("Dots can be placed only while"), phase.code());
        }
    }

    @Test
    void shouldTakeBackOnlyOwnDotsWhileVoting() {
        assertEquals(Optional.empty(), LeanCoffeeRules.unvoteRefusal(Phase.VOTING, 1));
        assertEquals("You have no dot on this topic to take back.", LeanCoffeeRules.unvoteRefusal(Phase.VOTING, 0).orElseThrow());
        for (Phase phase : List.of(Phase.COLLECTING, Phase.DISCUSSING, Phase.CLOSED)) {
            assertTrue(LeanCoffeeRules.unvoteRefusal(phase, 2).orElseThrow().startsWith("Dots can be taken back only while"), phase.code());
        }
    }

    @Test
    void shouldStartTimerOnlyForATopicUnderDiscussion() {
        assertEquals(Optional.empty(), LeanCoffeeRules.timerRefusal(Phase.DISCUSSING, true));
        assertEquals("Move a topic to Discussing before starting the timer.",
                LeanCoffeeRules.timerRefusal(Phase.DISCUSSING, false).orElseThrow());
        assertTrue(LeanCoffeeRules.timerRefusal(Phase.VOTING, true).isPresent());
        assertTrue(LeanCoffeeRules.timerRefusal(Phase.CLOSED, true).isPresent());
    }

    @Test
    void shouldOpenThumbsOnlyOnceTheBoxHasRunOut() {
        Timebox box = Timebox.start(NOON, Duration.ofMinutes(7));
        assertEquals("Thumbs open when the timebox runs out; 0:01 to go.",
                LeanCoffeeRules.thumbRefusal(Phase.DISCUSSING, box, NOON.plusSeconds(7 * 60 - 1)).orElseThrow());
        assertEquals("Thumbs open when the timebox runs out; 7:00 to go.",
                LeanCoffeeRules.thumbRefusal(Phase.DISCUSSING, box, NOON).orElseThrow());
        assertEquals(Optional.empty(), LeanCoffeeRules.thumbRefusal(Phase.DISCUSSING, box, NOON.plusSeconds(7 * 60)));
        assertEquals(Optional.empty(), LeanCoffeeRules.thumbRefusal(Phase.DISCUSSING, box, NOON.plusSeconds(3600)));
    }

    @Test
    void shouldRefuseThumbsWithoutTimerOrOutsideDiscussion() {
        Timebox box = Timebox.start(NOON, Duration.ofMinutes(7));
        assertEquals("The timer has not been started for this topic.",
                LeanCoffeeRules.thumbRefusal(Phase.DISCUSSING, null, NOON).orElseThrow());
        assertTrue(LeanCoffeeRules.thumbRefusal(Phase.CLOSED, box, NOON.plusSeconds(3600)).isPresent());
    }
}
