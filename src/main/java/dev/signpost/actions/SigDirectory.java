package dev.signpost.actions;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The SIGs action items belong to, as the SIGs feature tells {@code actions} (a CDI bean there implements it): their
 * slugs, titles and links, and the teams ("groups") that take part in each.
 */
public interface SigDirectory {

    /** One SIG as action items need it. */
    record SigRef(String slug, String title, String href, Set<String> groups) {
    }

    /** Every SIG, in the order the SIG list shows them. */
    List<SigRef> all();

    default Set<String> slugs() {
        return all().stream().map(SigRef::slug).collect(Collectors.toUnmodifiableSet());
    }

    default Optional<SigRef> find(String slug) {
        return slug == null ? Optional.empty() : all().stream().filter(s -> s.slug().equals(slug)).findFirst();
    }

    /** The first SIG a team takes part in. */
    default Optional<SigRef> ofTeam(String team) {
        return team == null || team.isEmpty() ? Optional.empty() : all().stream().filter(s -> s.groups().contains(team)).findFirst();
    }

    /**
     * When the SIG next meets for Lean Coffee after {@code now} (a meeting its charter calls "Lean Coffee"), else its
     * next meeting of any kind; empty when the charter gives no schedule.
     */
    default Optional<java.time.ZonedDateTime> nextLeanCoffee(String slug, java.time.Instant now) {
        return Optional.empty();
    }

    /** A SIG's title, or the slug itself when there is no such SIG (an item of a SIG since removed). */
    default String title(String slug) {
        return find(slug).map(SigRef::title).orElse(slug);
    }
}
