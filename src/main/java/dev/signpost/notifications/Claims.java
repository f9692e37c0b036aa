package dev.signpost.notifications;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Claiming due messages so that, with several instances, each is sent by one. On PostgreSQL the due rows are read
 * {@code FOR UPDATE SKIP LOCKED} and claimed in one transaction: another instance skips them instead of waiting. H2
 * has no SKIP LOCKED: each candidate is claimed by its own conditional UPDATE (only while unclaimed or its claim ran
 * out), and a row another instance holds is left to it.
 */
@ApplicationScoped
public class Claims {

    private static final String DUE = "select id from notification_outbox where status in ('pending', 'failed')"
            + " and next_attempt_at <= ?1 and (claimed_until is null or claimed_until < ?1) order by next_attempt_at, id limit ?2";
    private static final String CLAIM = "update OutboxMessage m set m.claimedBy = :me, m.claimedUntil = :until"
            + " where m.id = :id and m.status in :open and (m.claimedUntil is null or m.claimedUntil < :now)";

    /** The states in which a message waits to be sent. */
    static final List<OutboxStatus> OPEN = List.of(OutboxStatus.PENDING, OutboxStatus.FAILED);

    @Inject
    EntityManager entityManager;
    @Inject
    Clock clock;
    @Inject
    NotificationsConfig config;
    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    /** Claims up to {@code batch} due messages for {@code instance}; returns their ids, oldest due first. */
    public List<Long> claim(String instance) {
        Instant now = clock.instant();
        Instant until = now.plus(config.claimFor());
        if (dbKind.startsWith("postgres")) {
            return QuarkusTransaction.requiringNew().call(() -> {
                List<Long> ids = due(DUE + " for update skip locked", now);
                ids.forEach(id -> claimOne(instance, id, now, until));
                return ids;
            });
        }
        List<Long> candidates = QuarkusTransaction.requiringNew().call(() -> due(DUE, now));
        List<Long> claimed = new ArrayList<>();
        for (long id : candidates) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> claimOne(instance, id, now, until))) {
                    claimed.add(id);
                }
            } catch (PersistenceException | io.quarkus.narayana.jta.QuarkusTransactionException e) {
                // another instance holds the row's lock: it is claiming it
            }
        }
        return claimed;
    }

    private List<Long> due(String sql, Instant now) {
        List<?> rows = entityManager.createNativeQuery(sql).setParameter(1, now).setParameter(2, config.batch()).getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).toList();
    }

    private boolean claimOne(String instance, long id, Instant now, Instant until) {
        return entityManager.createQuery(CLAIM).setParameter("me", instance).setParameter("until", until).setParameter("id", id)
                .setParameter("open", OPEN).setParameter("now", now).executeUpdate() == 1;
    }
}
