package dev.signpost.feedback;

import dev.signpost.database.DatabaseUnavailableException;
import dev.signpost.web.PageSection;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import java.util.List;
import java.util.Optional;

/** On a person's start page: open feedback routed to their teams (the pages they own, the categories they answer). */
@ApplicationScoped
public class FeedbackHomeSection implements PageSection {

    static final int SHOWN = 8;
    /** How far back to look for open items among the latest routed to the teams. */
    static final int LOOKED_AT = 200;

    /** The open items shown, whether there are more, and whether the database answered. */
    public record Waiting(List<FeedbackItem> items, boolean more, boolean databaseDown) {
    }

    @CheckedTemplate(basePath = "feedback")
    static class Templates {
        static native TemplateInstance homeSection(Waiting w);
    }

    @Inject
    FeedbackItems items;

    @Override
    public String page() {
        return HOME;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<TemplateInstance> render(Subject person) {
        if (person.teams().isEmpty()) {
            return Optional.empty();
        }
        try {
            List<FeedbackItem> open = items.routedTo(person.teams(), LOOKED_AT).stream().filter(i -> i.status.open()).toList();
            return Optional.of(Templates.homeSection(new Waiting(open.subList(0, Math.min(SHOWN, open.size())),
                    open.size() > SHOWN, false)));
        } catch (DatabaseUnavailableException | PersistenceException e) {
            return Optional.of(Templates.homeSection(new Waiting(List.of(), false, true)));
        }
    }
}
