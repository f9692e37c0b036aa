package dev.signpost.people;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KnownNamesTest {

    private static final KnownNames NAMES = new KnownNames(List.of(
            new KnownNames.Known("alice", "Alice Engineer", List.of("qa")),
            new KnownNames.Known("alina", "Alina Ops", List.of()),
            new KnownNames.Known("sam", "Sam Sigmember", List.of("ci-platform", "release-engineering")),
            new KnownNames.Known("maya", "Maya Manager", List.of("developer-experience")),
            new KnownNames.Known("ada", null, List.of())),
            new TreeSet<>(Set.of("qa", "ci-platform", "release-engineering", "developer-experience")));

    @Test
    void shouldAcceptAKnownUserNameInAnyCaseSpelledAsTheDirectoryHasIt() {
        KnownNames.Resolution resolved = NAMES.resolve("  ALICE ");
        assertTrue(resolved.accepted());
        assertEquals("alice", resolved.name());
        assertNull(resolved.problem());
    }

    @Test
    void shouldAcceptATeamAsOwner() {
        assertEquals("ci-platform", NAMES.resolve("CI-Platform").name());
        assertTrue(NAMES.resolve("qa").accepted());
    }

    @Test
    void shouldRefuseATypoNamingTheClosestPerson() {
        KnownNames.Resolution resolved = NAMES.resolve("alcie");
        assertFalse(resolved.accepted());
        assertEquals("No one called 'alcie' — did you mean alice?", resolved.problem());
        assertEquals("alcie", resolved.name(), "the typed name, for the form to keep");
    }

    @Test
    void shouldNameUpToThreeCloseNamesClosestFirst() {
        assertEquals("No one called 'alinx' — did you mean alina or alice?", NAMES.resolve("alinx").problem());
        KnownNames many = new KnownNames(List.of(new KnownNames.Known("jo1", "", List.of()), new KnownNames.Known("jo2", "", List.of()),
                new KnownNames.Known("jo3", "", List.of()), new KnownNames.Known("jo4", "", List.of())), new TreeSet<>());
        assertEquals("No one called 'jo' — did you mean jo1, jo2 or jo3?", many.resolve("jo").problem());
    }

    @Test
    void shouldSuggestAPersonByTheirDisplayName() {
        assertEquals("No one called 'Sam Sigmembr' — did you mean sam?", NAMES.resolve("Sam Sigmembr").problem());
    }

    @Test
    void shouldSayWhoIsKnownWhenNothingIsClose() {
        assertEquals("No one called 'zed' is known to Signpost; people appear here once they have signed in.",
                NAMES.resolve("zed").problem());
        assertEquals("No one called 'release-managers-of-everything' is known to Signpost; people appear here once they have signed in.",
                NAMES.resolve("release-managers-of-everything").problem(), "release-engineering is too far to be meant");
    }

    @Test
    void shouldShortenAVeryLongNameInTheMessage() {
        String problem = NAMES.resolve("x".repeat(100)).problem();
        assertTrue(problem.startsWith("No one called '" + "x".repeat(39) + "…'"), problem);
    }

    @Test
    void shouldLeaveTeamsOutForAFieldOnlyAPersonFills() {
        assertFalse(NAMES.peopleOnly().resolve("qa").accepted());
        assertTrue(NAMES.peopleOnly().resolve("maya").accepted());
    }

    @Test
    void shouldAcceptAStoredValueThatPredatesTheDirectoryOnlyAsItIs() {
        KnownNames withBob = NAMES.alsoAccepting("bob");
        assertTrue(withBob.resolve("bob").accepted());
        assertFalse(NAMES.resolve("bob").accepted());
        assertFalse(withBob.resolve("carol").accepted());
    }

    @Test
    void shouldSuggestPeopleByNameOrDisplayNameBeforeTeams() {
        List<KnownNames.Suggestion> found = NAMES.suggest("al", 10);
        assertEquals(List.of("alice", "alina"), found.stream().map(KnownNames.Suggestion::name).toList());
        assertEquals("Alice Engineer", found.get(0).displayName());
        assertEquals("person", found.get(0).kind());
        assertEquals(List.of("qa"), found.get(0).teams());
        assertEquals(List.of("sam"), NAMES.suggest("sigm", 10).stream().map(KnownNames.Suggestion::name).toList(), "a display name's word");
        List<KnownNames.Suggestion> teams = NAMES.suggest("re", 10);
        assertEquals("release-engineering", teams.get(0).name());
        assertEquals("team", teams.get(0).kind());
        assertEquals("ada", NAMES.suggest("ada", 10).get(0).displayName(), "no display name: the user name");
    }

    @Test
    void shouldBoundTheSuggestionsAndSuggestNothingForNothing() {
        assertEquals(2, NAMES.suggest("a", 2).size());
        assertTrue(NAMES.suggest("   ", 10).isEmpty());
        assertTrue(NAMES.suggest(null, 10).isEmpty());
    }

    @Test
    void shouldCountASwapOfNeighboursAsOneEdit() {
        assertEquals(1, EditDistance.between("alcie", "alice", 3));
        assertEquals(2, EditDistance.between("alce", "alice2", 3));
        assertEquals(4, EditDistance.between("a", "abcdefgh", 3), "more than the limit is limit + 1");
    }
}
