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
    void shouldTakeThumbsAtAnyTimeOnTheTopicUnderDiscussion() {
        assertEquals(Optional.empty(), LeanCoffeeRules.thumbRefusal(Phase.DISCUSSING, true));
    }

    @Test
    void shouldRefuseThumbsOnOtherTopicsOrOutsideDiscussion() {
        assertEquals("Thumbs are given on the topic under discussion; this one is not being discussed now.",
                LeanCoffeeRules.thumbRefusal(Phase.DISCUSSING, false).orElseThrow());
        for (Phase phase : List.of(Phase.COLLECTING, Phase.VOTING, Phase.CLOSED)) {
            assertTrue(LeanCoffeeRules.thumbRefusal(phase, true).orElseThrow().startsWith("Thumbs are given only while the session is discussing"),
                    phase.code());
        }
    }

    @Test
    void shouldCountThumbsBeforeTheFirstTimeboxTowardsRoundOne() {
        assertEquals(1, LeanCoffeeRules.thumbRound(0));
        assertEquals(1, LeanCoffeeRules.thumbRound(1));
        assertEquals(3, LeanCoffeeRules.thumbRound(3));
    }

    @ParameterizedTest(name = "{0}, author {1}, facilitator {2}: {3}")
    @CsvSource({
            "COLLECTING, true, false, ",
            "COLLECTING, false, true, ",
            "COLLECTING, true, true, ",
            "COLLECTING, false, false, 403",
            "VOTING, false, true, ",
            "VOTING, true, false, 409",
            "VOTING, false, false, 403",
            "DISCUSSING, true, false, 409",
            "DISCUSSING, false, true, 409",
            "CLOSED, true, true, 409",
            "CLOSED, false, false, 403",
    })
    void shouldLetAuthorsChangeTheirTopicsWhileCollectingAndTheFacilitatorUntilVotingEnds(Phase phase, boolean author, boolean runner,
            Integer status) {
        Optional<Integer> refused = LeanCoffeeRules.topicChangeRefusal(phase, author, runner, "sam").map(r -> r.status());
        assertEquals(Optional.ofNullable(status), refused);
    }

    @Test
    void shouldNameTheFacilitatorWhenVotingHasStarted() {
        assertEquals("Voting has started: only the facilitator (sam) can edit or withdraw topics now.",
                LeanCoffeeRules.topicChangeRefusal(Phase.VOTING, true, false, "sam").orElseThrow().getMessage());
        assertEquals("Topics can be edited or withdrawn only before the discussion; the session is discussing now.",
                LeanCoffeeRules.topicChangeRefusal(Phase.DISCUSSING, true, false, "sam").orElseThrow().getMessage());
    }
}
