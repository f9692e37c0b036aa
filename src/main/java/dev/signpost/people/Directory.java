package dev.signpost.people;

import dev.signpost.content.ContentStore;
import dev.signpost.database.Database;
import dev.signpost.security.DemoAccounts;
import dev.signpost.security.SecurityConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Who Signpost knows: the people who have signed in (with the demo accounts, when the demo sign-in is on) and the
 * teams named by them, by content ({@code owner} in front matter) and by any {@link TeamSource}. Owner, assignee and
 * facilitator fields resolve what was typed against {@link #names()}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Directory {

    static final int CHOICES = 500;

    @Inject
    Database database;
    @Inject
    ContentStore content;
    @Inject
    SecurityConfig security;
    @Inject
    Instance<TeamSource> teamSources;

    /** Every known name, read now: the directory is small, and a check must see someone who signed in a moment ago. */
    public KnownNames names() {
        Map<String, KnownNames.Known> people = new LinkedHashMap<>();
        SortedSet<String> teams = new TreeSet<>(content.snapshot().owners());
        if (security.localSignIn().enabled()) {
            DemoAccounts.ALL.forEach(a -> people.put(a.username(), new KnownNames.Known(a.username(), a.displayName(), a.teams())));
        }
        for (Person person : people()) {
            people.put(person.username, person.known());
        }
        people.values().forEach(p -> teams.addAll(p.teams()));
        teamSources.forEach(source -> teams.addAll(source.teams()));
        return new KnownNames(new ArrayList<>(people.values()), teams);
    }

    /** The people who have signed in, by user name. */
    public List<Person> people() {
        database.requireReady();
        return Person.everyone();
    }

    public Optional<Person> find(String username) {
        database.requireReady();
        return Person.byUsername(username);
    }

    /** Where {@code username}'s email goes: the address their last sign-in gave, else a demo account's; empty if none. */
    public Optional<String> email(String username) {
        Optional<String> stored = find(username).map(p -> p.email);
        if (stored.isPresent() || !security.localSignIn().enabled()) {
            return stored;
        }
        return DemoAccounts.find(username).map(DemoAccounts.Account::email);
    }

    /** The names a field offers without JavaScript (a datalist): people first, then teams; at most {@value #CHOICES}. */
    public List<String> choices() {
        List<String> all = names().all();
        return all.size() <= CHOICES ? all : all.subList(0, CHOICES);
    }

    /** A typed name resolved; see {@link KnownNames#resolve}. */
    public KnownNames.Resolution resolve(String typed) {
        return names().resolve(typed);
    }
}
