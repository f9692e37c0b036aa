package dev.signpost.actions;

import dev.signpost.security.CurrentUser;
import dev.signpost.web.WorkWaiting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** "My work": the unfinished action items the person signed in owns, and how many of them are overdue. */
@ApplicationScoped
public class ActionsWaiting implements WorkWaiting {

    @Inject
    CurrentUser user;
    @Inject
    Clock clock;

    @Override
    public Optional<Count> count() {
        if (!user.signedIn()) {
            return Optional.empty();
        }
        long open = ActionItem.count("owner = ?1 and status in ?2", user.username(), ActionStatus.unfinished());
        if (open == 0) {
            return Optional.empty();
        }
        long overdue = ActionItem.count("owner = ?1 and status in ?2 and dueOn < ?3", user.username(),
                ActionStatus.unfinished(), LocalDate.now(clock));
        String label = (open == 1 ? "open action item" : "open action items") + (overdue > 0 ? ", " + overdue + " overdue" : "");
        return Optional.of(new Count(label, open, "/actions?owner=" + ActionFilter.ME.replace("@", "%40"), 10));
    }
}
