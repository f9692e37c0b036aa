package dev.signpost.notifications;

import dev.signpost.people.KnownNames;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

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
}
