package dev.signpost.leancoffee;

import dev.signpost.leancoffee.rules.LeanCoffeeRules;
import dev.signpost.leancoffee.rules.Phase;
import dev.signpost.database.DatabaseUnavailableException;
import dev.signpost.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;

import java.util.List;

/** A SIG's Lean Coffee sessions on its page ({@code inject:leanCoffeePanels} in templates), or why they cannot be shown. */
@Named("leanCoffeePanels")
@RequestScoped
public class LeanCoffeePanels {

    /** Open and upcoming sessions (soonest first) and the latest closed ones. */
    public record SigPanel(String sig, List<LeanCoffeeSession> upcoming, List<LeanCoffeeSession> past, boolean canCreate, boolean signedIn,
            boolean databaseDown) {

        public String createHref() {
            return "/lean-coffee/new?sig=" + java.net.URLEncoder.encode(sig, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    static final int PAST_SHOWN = 5;

    @Inject
    Sessions sessions;
    @Inject
    CurrentUser currentUser;

    public SigPanel forSig(String sig) {
        boolean canCreate = LeanCoffeeRules.canCreate(currentUser.roles());
        if (!currentUser.signedIn()) {
            return new SigPanel(sig, List.of(), List.of(), false, false, false);
        }
        try {
            List<LeanCoffeeSession> all = sessions.list(sig);
            List<LeanCoffeeSession> upcoming = all.stream().filter(s -> s.phase != Phase.CLOSED)
                    .sorted(java.util.Comparator.comparing((LeanCoffeeSession s) -> s.startsAt)).toList();
            List<LeanCoffeeSession> past = all.stream().filter(s -> s.phase == Phase.CLOSED).limit(PAST_SHOWN).toList();
            return new SigPanel(sig, upcoming, past, canCreate, true, false);
        } catch (DatabaseUnavailableException | PersistenceException e) {
            return new SigPanel(sig, List.of(), List.of(), canCreate, true, true);
        }
    }
}
