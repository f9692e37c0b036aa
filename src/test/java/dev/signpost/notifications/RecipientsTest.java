package dev.signpost.notifications;

import dev.signpost.people.KnownNames;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who an owner name reaches: the person, or each member of the team, never the one who made the change. */
class RecipientsTest {

    private final KnownNames names = new KnownNames(List.of(
            new KnownNames.Known("alice", "Alice", List.of("qa")),
            new KnownNames.Known("bob", "Bob", List.of("qa", "ci-platform")),
            new KnownNames.Known("sam", "Sam", List.of("ci-platform"))), new TreeSet<>(List.of("qa", "ci-platform", "docs-team")));

    @Test
    void shouldReachAPersonByTheirUserNameInAnyCase() {
        assertEquals(List.of("alice"), Recipients.of("Alice", names, "sam"));
    }

    @Test
    void shouldReachEachMemberOfATeam() {
        assertEquals(List.of("alice", "bob"), Recipients.of("qa", names, "sam"));
    }

    @Test
    void shouldLeaveOutThePersonWhoMadeTheChange() {
        assertEquals(List.of("bob"), Recipients.of("ci-platform", names, "sam"));
        assertEquals(List.of(), Recipients.of("sam", names, "sam"));
    }

    @Test
    void shouldReachNobodyForATeamWithoutKnownMembersOrAnUnknownName() {
        assertEquals(List.of(), Recipients.of("docs-team", names, "sam"));
        assertEquals(List.of(), Recipients.of("nobody", names, "sam"));
        assertEquals(List.of(), Recipients.of(" ", names, "sam"));
    }

    @Test
    void shouldGatherThingsPerPersonTheirOwnersStandFor() {
        record Item(String title, String owner) {
        }
        List<Item> items = List.of(new Item("one", "qa"), new Item("two", "Sam"), new Item("three", "ci-platform"),
                new Item("four", "nobody"), new Item("five", "qa"));
        var gathered = Recipients.gather(items, Item::owner, names);
        assertEquals(List.of("alice", "bob", "sam"), List.copyOf(gathered.keySet()), "sorted, and nobody for an unknown owner");
        assertEquals(List.of("one", "five"), gathered.get("alice").stream().map(Item::title).toList());
        assertEquals(List.of("one", "three", "five"), gathered.get("bob").stream().map(Item::title).toList(), "in the order given");
        assertEquals(List.of("two", "three"), gathered.get("sam").stream().map(Item::title).toList(), "his own and his team's");
    }
}
