package dev.signpost.notifications;

import dev.signpost.people.KnownNames;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Who an owner name reaches: a person is themself, a team is each known member of it; the person making the change
 * is left out (nobody is told what they did themselves). Pure: the directory's names are given.
 */
public final class Recipients {

    private Recipients() {
    }

    /** The user names {@code owner} stands for, sorted, without {@code except}; empty for a name nobody answers to. */
    public static List<String> of(String owner, KnownNames names, String except) {
        if (owner == null || owner.isBlank()) {
            return List.of();
        }
        String wanted = owner.strip().toLowerCase(Locale.ROOT);
        TreeSet<String> found = new TreeSet<>();
        names.people().stream().filter(p -> p.username().toLowerCase(Locale.ROOT).equals(wanted))
                .forEach(p -> found.add(p.username()));
        if (found.isEmpty()) {
            names.people().stream().filter(p -> p.teams().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).equals(wanted)))
                    .forEach(p -> found.add(p.username()));
        }
        found.removeIf(u -> Objects.equals(u, except));
        return List.copyOf(found);
    }

    /**
     * Things that have owners (an item, a page) gathered per person their owners stand for, each person's in the order
     * given (a team's things reach each of its members). Pure, like {@link #of}.
     */
    public static <T> SortedMap<String, List<T>> gather(Collection<T> things, Function<T, String> owner, KnownNames names) {
        SortedMap<String, List<T>> byPerson = new TreeMap<>();
        Map<String, List<String>> resolved = new HashMap<>();
        for (T thing : things) {
            for (String person : resolved.computeIfAbsent(owner.apply(thing), o -> of(o, names, null))) {
                byPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(thing);
            }
        }
        return byPerson;
    }
}
