package dev.signpost.leancoffee;

import dev.signpost.actions.SigDirectory;
import dev.signpost.database.DatabaseUnavailableException;
import dev.signpost.leancoffee.rules.Phase;
import dev.signpost.web.PageSection;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** On a person's start page: the next Lean Coffee sessions of the SIGs their teams take part in. */
@ApplicationScoped
public class LeanCoffeeHomeSection implements PageSection {

    static final int SHOWN = 5;

    /** The sessions to show, the SIGs they were looked up in, and whether the database answered. */
    public record Upcoming(List<LeanCoffeeSession> sessions, List<SigDirectory.SigRef> sigs, boolean databaseDown) {
    }

    @CheckedTemplate(basePath = "leancoffee")
    static class Templates {
        static native TemplateInstance homeSection(Upcoming u);
    }

    @Inject
    SigDirectory directory;
    @Inject
    Sessions sessions;

    @Override
    public String page() {
        return HOME;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<TemplateInstance> render(Subject person) {
        List<SigDirectory.SigRef> mine = directory.all().stream()
                .filter(sig -> !Collections.disjoint(sig.groups(), person.teams())).toList();
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        try {
            List<LeanCoffeeSession> next = mine.stream().flatMap(sig -> sessions.list(sig.slug()).stream())
                    .filter(s -> s.phase != Phase.CLOSED).sorted(Comparator.comparing((LeanCoffeeSession s) -> s.startsAt))
                    .limit(SHOWN).toList();
            return Optional.of(Templates.homeSection(new Upcoming(next, mine, false)));
        } catch (DatabaseUnavailableException | PersistenceException e) {
            return Optional.of(Templates.homeSection(new Upcoming(List.of(), mine, true)));
        }
    }
}
