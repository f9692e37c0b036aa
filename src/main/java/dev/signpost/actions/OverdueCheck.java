package dev.signpost.actions;

import dev.signpost.database.Database;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.List;

/**
 * The daily check: marks unfinished items whose due date has passed (an entry in their history) and hands the newly
 * overdue ones to the {@link ActionNotifier}; {@code /actions?overdue=true} lists every overdue item. Items become
 * overdue at midnight UTC; the check runs at {@code signpost.actions.overdue-check} (a cron expression in UTC, by
 * default hourly at five past, so a restart never makes it miss a day; {@code off} disables it). Marking is
 * idempotent: an item is reported once per time it becomes overdue.
 */
@ApplicationScoped
public class OverdueCheck {

    private static final Logger LOG = Logger.getLogger(OverdueCheck.class);

    @Inject
    ActionItems items;
    @Inject
    ActionNotifier notifier;
    @Inject
    Database database;

    @Scheduled(cron = "${signpost.actions.overdue-check:0 5 * * * ?}", timeZone = "UTC", identity = "overdue-check",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** Marks and reports today's newly overdue items; returns them. Nothing happens while the database is down. */
    public List<ActionItem> run() {
        if (database.problem().isPresent()) {
            LOG.warn("Overdue check skipped: the database cannot be reached");
            return List.of();
        }
        LocalDate today = items.today();
        List<ActionItem> newly = items.noticeOverdue(today);
        notifier.newlyOverdue(newly, today);
        return newly;
    }
}
