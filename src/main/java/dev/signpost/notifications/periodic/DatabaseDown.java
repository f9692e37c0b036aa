package dev.signpost.notifications.periodic;

import dev.signpost.database.Database;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Skips a scheduled run while the database cannot be reached ({@code @Scheduled(skipExecutionIf = DatabaseDown.class)}). */
@Singleton
public class DatabaseDown implements Scheduled.SkipPredicate {

    @Inject
    Database database;

    @Override
    public boolean test(ScheduledExecution execution) {
        return database.problem().isPresent();
    }
}
