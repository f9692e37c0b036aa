package dev.signpost.database;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;

/**
 * Forgets submission keys older than {@code signpost.database.keep-submission-keys} (a day), hourly, on whichever
 * instance runs first (deleting twice is harmless): a resend is a matter of minutes, not days.
 */
@ApplicationScoped
public class SubmissionRetention {

    private static final Logger LOG = Logger.getLogger(SubmissionRetention.class);

    @Inject
    DatabaseConfig config;
    @Inject
    Database database;
    @Inject
    Clock clock;

    @Scheduled(cron = "${signpost.database.prune-submission-keys-at:0 41 * * * ?}", identity = "submission-key-prune",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (database.problem().isEmpty()) {
            LOG.debugf("Forgot %d submission key(s)", prune());
        }
    }

    /** Deletes the keys older than the retention; returns how many. */
    @Transactional
    public long prune() {
        return FormSubmission.delete("createdAt < ?1", clock.instant().minus(config.keepSubmissionKeys()));
    }
}
