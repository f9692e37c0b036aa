package dev.signpost.notifications.periodic;

import dev.signpost.notifications.NotificationsConfig;
import dev.signpost.notifications.Slots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Runs every {@link PeriodicMessages} bean for its latest slot, every {@code signpost.notifications.periodic-every} on
 * every instance (nothing while the database cannot be reached). Each job runs in a transaction of its own, so one that
 * fails leaves no message and keeps no other from running; the next run tries it again. Messages named after a slot
 * already queued are not queued twice, so running often costs a few queries and never a second message.
 */
@ApplicationScoped
public class PeriodicJobs {

    private static final Logger LOG = Logger.getLogger(PeriodicJobs.class);

    @Inject
    Instance<PeriodicMessages> jobs;
    @Inject
    Clock clock;
    @Inject
    NotificationsConfig config;

    /** Runs every job once; a job that fails is logged and left for the next run. */
    @Scheduled(every = "${signpost.notifications.periodic-every:5m}", identity = "notification-periodic",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = DatabaseDown.class)
    public void run() {
        for (PeriodicMessages job : jobs) {
            try {
                run(job);
            } catch (RuntimeException e) {
                LOG.warnf(e, "Periodic messages of %s not queued this time (tried again at the next run)", job.getClass().getSimpleName());
            }
        }
    }

    /** Runs one job for its latest slot, in a transaction of its own (a failure rolls back all it queued). */
    public void run(PeriodicMessages job) {
        Slots slots = slots();
        Instant now = clock.instant();
        LocalDate day = job.every() == PeriodicMessages.Every.WEEK ? slots.latestWeekDay(now) : slots.latestDay(now);
        QuarkusTransaction.requiringNew().run(() -> job.queue(day, slots));
    }

    /** When slots begin: at {@code daily-at} in the portal's zone, the weekly one on {@code weekly-on}. */
    public Slots slots() {
        return new Slots(clock.getZone(), config.dailyAt(), config.weeklyOn());
    }
}
