package dev.signpost.leancoffee.rules;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LeanCoffeeBoardTest {

    private static TopicSummary topic(long id, int votes, TopicState state, long created) {
        return new TopicSummary(id, "Topic " + id, votes, state, created);
    }

    private static List<Long> ids(List<TopicSummary> topics) {
        return topics.stream().map(TopicSummary::id).toList();
    }

    @Test
    void shouldRankToDiscussByVotesThenCreationOrder() {
        Board board = Board.order(List.of(
                topic(1, 2, TopicState.TO_DISCUSS, 1),
                topic(2, 5, TopicState.TO_DISCUSS, 2),
                topic(3, 2, TopicState.TO_DISCUSS, 0),
                topic(4, 0, TopicState.TO_DISCUSS, 3),
                topic(5, 5, TopicState.TO_DISCUSS, 4)));
        assertEquals(List.of(2L, 5L, 3L, 1L, 4L), ids(board.toDiscuss()));
        assertEquals(List.of(), board.discussing());
        assertEquals(List.of(), board.discussed());
        assertEquals(2L, board.next().orElseThrow().id());
    }

    @Test
    void theSummaryListsTheTopicsReachedFirstMostDotsFirstWhateverTheBoardsOrder() {
        List<TopicSummary> topics = List.of(
                topic(1, 1, TopicState.DISCUSSED, 1),
                topic(2, 3, TopicState.TO_DISCUSS, 2),
                topic(3, 6, TopicState.DISCUSSED, 3),
                topic(4, 4, TopicState.DISCUSSING, 4),
                topic(5, 0, TopicState.TO_DISCUSS, 5),
                topic(6, 6, TopicState.DISCUSSED, 0));
        List<Long> expected = List.of(6L, 3L, 4L, 1L, 2L, 5L);
        assertEquals(expected, ids(Board.order(topics).summaryOrder()));
        assertEquals(expected, ids(Board.order(topics, new VoteVisibility(false)).summaryOrder()),
                "the same when the columns are in the order proposed");
    }

    @Test
    void shouldSplitTopicsIntoTheirColumns() {
        Board board = Board.order(List.of(
                topic(1, 4, TopicState.DISCUSSED, 1),
                topic(2, 3, TopicState.DISCUSSING, 2),
                topic(3, 1, TopicState.TO_DISCUSS, 3),
                topic(4, 9, TopicState.DISCUSSED, 4)));
        assertEquals(List.of(3L), ids(board.toDiscuss()));
        assertEquals(List.of(2L), ids(board.discussing()));
        assertEquals(List.of(4L, 1L), ids(board.discussed()));
    }

    @Test
    void shouldHaveNoNextTopicWhenAllAreDiscussed() {
        assertEquals(Optional.empty(), Board.order(List.of(topic(1, 1, TopicState.DISCUSSED, 1))).next());
    }

    @Test
    void shouldKeepProposalOrderWhileTotalsAreHidden() {
        List<TopicSummary> topics = List.of(topic(1, 0, TopicState.TO_DISCUSS, 1), topic(2, 7, TopicState.TO_DISCUSS, 2),
                topic(3, 3, TopicState.TO_DISCUSS, 3));
        assertEquals(List.of(1L, 2L, 3L), ids(Board.order(topics, VoteVisibility.of(true, Phase.VOTING)).toDiscuss()));
        assertEquals(List.of(2L, 3L, 1L), ids(Board.order(topics, VoteVisibility.of(false, Phase.VOTING)).toDiscuss()));
        assertEquals(List.of(2L, 3L, 1L), ids(Board.order(topics, VoteVisibility.of(true, Phase.DISCUSSING)).toDiscuss()));
    }

    @Test
    void shouldStartDiscussingATopicWhenNoneIs() {
        Board board = Board.order(List.of(topic(1, 2, TopicState.TO_DISCUSS, 1), topic(2, 1, TopicState.DISCUSSED, 2)));
        assertEquals(Optional.empty(), board.moveRefusal(Phase.DISCUSSING, 1, TopicState.DISCUSSING));
    }

    @Test
    void shouldRefuseASecondTopicUnderDiscussion() {
        Board board = Board.order(List.of(topic(1, 2, TopicState.DISCUSSING, 1), topic(2, 1, TopicState.TO_DISCUSS, 2),
                topic(3, 1, TopicState.DISCUSSED, 3)));
        assertEquals(Optional.of("\"Topic 1\" is still being discussed; move it on first."),
                board.moveRefusal(Phase.DISCUSSING, 2, TopicState.DISCUSSING));
        assertTrue(board.moveRefusal(Phase.DISCUSSING, 3, TopicState.DISCUSSING).isPresent());
    }

    @Test
    void shouldLetFacilitatorMoveTopicsEitherWay() {
        Board board = Board.order(List.of(topic(1, 2, TopicState.DISCUSSING, 1), topic(2, 1, TopicState.DISCUSSED, 2)));
        assertEquals(Optional.empty(), board.moveRefusal(Phase.DISCUSSING, 1, TopicState.DISCUSSED));
        assertEquals(Optional.empty(), board.moveRefusal(Phase.DISCUSSING, 1, TopicState.TO_DISCUSS));
        assertEquals(Optional.empty(), board.moveRefusal(Phase.DISCUSSING, 2, TopicState.TO_DISCUSS));
    }

    @Test
    void shouldRefuseMovesToTheSameColumnOrOfUnknownTopics() {
        Board board = Board.order(List.of(topic(1, 2, TopicState.TO_DISCUSS, 1)));
        assertEquals(Optional.of("\"Topic 1\" is already in To discuss."), board.moveRefusal(Phase.DISCUSSING, 1, TopicState.TO_DISCUSS));
        assertEquals(Optional.of("There is no such topic on the board."), board.moveRefusal(Phase.DISCUSSING, 99, TopicState.DISCUSSING));
    }

    @Test
    void shouldMoveTopicsOnlyWhileDiscussing() {
        Board board = Board.order(List.of(topic(1, 2, TopicState.TO_DISCUSS, 1)));
        for (Phase phase : List.of(Phase.COLLECTING, Phase.VOTING, Phase.CLOSED)) {
            assertEquals(Optional.of("Topics move on the board only while the session is discussing."),
                    board.moveRefusal(phase, 1, TopicState.DISCUSSING), phase.code());
        }
    }

    @Test
    void shouldHideTotalsDuringHiddenVotingOnly() {
        assertFalse(VoteVisibility.of(true, Phase.VOTING).showTotals());
        assertTrue(VoteVisibility.of(true, Phase.DISCUSSING).showTotals());
        assertTrue(VoteVisibility.of(true, Phase.CLOSED).showTotals());
        for (Phase phase : Phase.values()) {
            assertTrue(VoteVisibility.of(false, phase).showTotals(), phase.code());
        }
    }

    @Test
    void shouldKeepTotalsHiddenWhenVotingStepsBackToCollecting() {
        assertFalse(VoteVisibility.of(true, Phase.COLLECTING).showTotals());
    }

    @Test
    void shouldGiveTotalOnlyWhenShown() {
        assertEquals(OptionalInt.of(4), VoteVisibility.of(false, Phase.VOTING).total(4));
        assertEquals(OptionalInt.empty(), VoteVisibility.of(true, Phase.VOTING).total(4));
    }

    @Test
    void shouldReadTopicStateCodes() {
        assertEquals("to-discuss", TopicState.TO_DISCUSS.code());
        assertEquals(Optional.of(TopicState.TO_DISCUSS), TopicState.of("to_discuss"));
        assertEquals(Optional.of(TopicState.DISCUSSED), TopicState.of("discussed"));
        assertEquals(Optional.empty(), TopicState.of("parked"));
    }
}
