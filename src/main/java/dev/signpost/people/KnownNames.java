package dev.signpost.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The names an owner, assignee or facilitator field accepts: the people of the directory and the known teams. Resolves
 * what someone typed to its canonical spelling, or refuses it naming the closest known names. Pure: no database.
 *
 * @param people the known people, by user name
 * @param teams  the known teams' names
 */
public record KnownNames(List<Known> people, SortedSet<String> teams) {

    /** The longest name anyone can type into one of these fields. */
    public static final int MAX_LENGTH = 100;
    private static final int MAX_SUGGESTED = 3;

    /** One person as the fields show them. */
    public record Known(String username, String displayName, List<String> teams) {
        public Known {
            displayName = displayName == null || displayName.isBlank() ? username : displayName;
            teams = List.copyOf(teams);
        }
    }

    /** What a typed name came to: the canonical name when accepted, else the message that says why not. */
    public record Resolution(String name, String problem) {

        public boolean accepted() {
            return problem == null;
        }
    }

    public KnownNames {
        people = List.copyOf(people);
        teams = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(teams));
    }

    /** These names, and {@code existing} as it is: a stored value that may stay when a form is saved unchanged. */
    public KnownNames alsoAccepting(String existing) {
        if (existing == null || existing.isBlank() || resolve(existing).accepted()) {
            return this;
        }
        SortedSet<String> more = new TreeSet<>(teams);
        more.add(existing);
        return new KnownNames(people, more);
    }

    /** The same people without the teams: for a field only a person can fill, such as a facilitator or an assignee. */
    public KnownNames peopleOnly() {
        return new KnownNames(people, new TreeSet<>());
    }

    /** A user name (any case) or a team name (any case), as the directory spells it; or a refusal naming close ones. */
    public Resolution resolve(String typed) {
        String name = typed == null ? "" : typed.strip();
        String lower = name.toLowerCase(Locale.ROOT);
        Optional<String> exact = people.stream().map(Known::username).filter(u -> u.toLowerCase(Locale.ROOT).equals(lower)).findFirst()
                .or(() -> teams.stream().filter(t -> t.toLowerCase(Locale.ROOT).equals(lower)).findFirst());
        if (exact.isPresent()) {
            return new Resolution(exact.get(), null);
        }
        String shown = name.length() > 40 ? name.substring(0, 39) + "…" : name;
        List<String> close = closest(lower);
        if (close.isEmpty()) {
            return new Resolution(name, "No one called '" + shown + "' is known to Signpost; people appear here once they have signed in.");
        }
        return new Resolution(name, "No one called '" + shown + "' — did you mean " + orList(close) + "?");
    }

    /** The known names nearest to {@code lower} by edit distance (a display name counts for its user name), closest first. */
    List<String> closest(String lower) {
        int limit = lower.length() <= 4 ? 1 : lower.length() <= 8 ? 2 : 3;
        record Near(String name, int distance) {
        }
        List<Near> near = new ArrayList<>();
        for (Known person : people) {
            int d = Math.min(EditDistance.between(lower, person.username().toLowerCase(Locale.ROOT), limit),
                    EditDistance.between(lower, person.displayName().toLowerCase(Locale.ROOT), limit));
            near.add(new Near(person.username(), d));
        }
        for (String team : teams) {
            near.add(new Near(team, EditDistance.between(lower, team.toLowerCase(Locale.ROOT), limit)));
        }
        return near.stream().filter(n -> n.distance() <= limit)
                .sorted(Comparator.comparingInt(Near::distance).thenComparing(Near::name))
                .map(Near::name).distinct().limit(MAX_SUGGESTED).toList();
    }

    /** A suggestion of the picker: a person ({@code kind} person) or a team ({@code kind} team). */
    public record Suggestion(String name, String displayName, String kind, List<String> teams) {
    }

    /**
     * The people and teams whose user name, display name (any word of it) or team name starts with {@code typed}, then
     * those that contain it; people before teams, each in name order; at most {@code limit}.
     */
    public List<Suggestion> suggest(String typed, int limit) {
        String q = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return List.of();
        }
        record Ranked(int rank, Suggestion suggestion) {
        }
        List<Ranked> found = new ArrayList<>();
        for (Known p : people) {
            int rank = rank(q, p.username(), p.displayName());
            if (rank < 2) {
                found.add(new Ranked(rank, new Suggestion(p.username(), p.displayName(), "person", p.teams())));
            }
        }
        for (String team : teams) {
            int rank = rank(q, team, team);
            if (rank < 2 && people.stream().noneMatch(p -> p.username().equals(team))) {
                found.add(new Ranked(rank, new Suggestion(team, team, "team", List.of())));
            }
        }
        return found.stream().sorted(Comparator.comparingInt(Ranked::rank)
                        .thenComparing(r -> r.suggestion().kind().equals("team"))
                        .thenComparing(r -> r.suggestion().name().toLowerCase(Locale.ROOT)))
                .limit(Math.max(0, limit)).map(Ranked::suggestion).toList();
    }

    /** 0: the name or a word of the display name starts with q; 1: either contains q; 2: no match. */
    private static int rank(String q, String name, String displayName) {
        String n = name.toLowerCase(Locale.ROOT);
        String d = displayName.toLowerCase(Locale.ROOT);
        if (n.startsWith(q) || d.startsWith(q) || d.contains(" " + q)) {
            return 0;
        }
        return n.contains(q) || d.contains(q) ? 1 : 2;
    }

    /** Every name, people first: the fallback list of a field without JavaScript. */
    public List<String> all() {
        List<String> all = new ArrayList<>(people.stream().map(Known::username).sorted().toList());
        teams.stream().filter(t -> !all.contains(t)).forEach(all::add);
        return List.copyOf(all);
    }

    static String orList(Collection<String> names) {
        List<String> list = List.copyOf(names);
        if (list.size() == 1) {
            return list.get(0);
        }
        return String.join(", ", list.subList(0, list.size() - 1)) + " or " + list.get(list.size() - 1);
    }
}
