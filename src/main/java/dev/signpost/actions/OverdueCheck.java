package dev.signpost.actions;

import dev.signpost.database.Database;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The daily check: marks unfinished items whose due date has passed (an entry in their history) and logs them;
 * {@code /actions?overdue=true} lists every overdue item, and {@link ActionReminders} tells their owners each day. Items
 * become overdue at midnight UTC; the check runs at {@code signpost.actions.overdue-check} (a cron expression in UTC, by
 * default hourly at five past, so a restart never makes it miss a day; {@code off} disables it). Marking is
 * idempotent: an item is reported once per time it becomes overdue.
 */
@ApplicationScoped
public class OverdueCheck {

    private static final Logger LOG = Logger.getLogger(OverdueCheck.class);

    @Inject
    ActionItems items;
    @Inject
    Database database;

    @Scheduled(cron = "${signpost.actions.overdue-check:0 5 * * * ?}", timeZone = "UTC", identity = "overdue-check",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** Marks today's newly overdue items; returns them. Nothing happens while the database is down. */
    public List<ActionItem> run() {
        if (database.problem().isPresent()) {
            LOG.warn("Overdue check skipped: the database cannot be reached");
            return List.of();
        }
        LocalDate today = items.today();
        List<ActionItem> newly = items.noticeOverdue(today);
        if (!newly.isEmpty()) {
            LOG.infof("%d action item(s) became overdue on %s: %s", newly.size(), today,
                    newly.stream().map(i -> "#" + i.id + " (" + i.owner + ", due " + i.dueOn + ")").collect(Collectors.joining(", ")));
        }
        return newly;
    }
}
