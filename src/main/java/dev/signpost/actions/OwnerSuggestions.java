package dev.signpost.actions;

import dev.signpost.security.CurrentUser;
import dev.signpost.security.DemoAccounts;
import dev.signpost.security.SecurityConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.TreeSet;

/** The people an owner field suggests: owners seen before, the current user, and the demo accounts where they exist. */
@ApplicationScoped
public class OwnerSuggestions {

    @Inject
    ActionQueries queries;
    @Inject
    CurrentUser currentUser;
    @Inject
    SecurityConfig securityConfig;

    public List<String> people() {
        TreeSet<String> people = new TreeSet<>(queries.knownPeople());
        if (currentUser.signedIn()) {
            people.add(currentUser.username());
        }
        if (securityConfig.localSignIn().enabled()) {
            DemoAccounts.ALL.forEach(a -> people.add(a.username()));
        }
        return List.copyOf(people);
    }
}
