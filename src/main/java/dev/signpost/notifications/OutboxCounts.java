package dev.signpost.notifications;

import dev.signpost.metrics.StoredCount;
import dev.signpost.metrics.StoredCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The notification outbox by status, for {@code signpost_notifications_outbox}: pending and failed messages are its
 * depth (what the dispatcher still has to send), dead ones need an admin. Sent and digested rows stay until
 * {@link Retention} removes them.
 */
@ApplicationScoped
public class OutboxCounts implements StoredCounts {

    private static final List<StoredCount> COUNTS = Arrays.stream(OutboxStatus.values())
            .map(s -> StoredCount.of("signpost.notifications.outbox", "Messages in the notification outbox, by status", "status", s.code()))
            .toList();

    @Override
    public List<StoredCount> counts() {
        return COUNTS;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<StoredCount, Long> measure() {
        Map<StoredCount, Long> values = new HashMap<>();
        OutboxMessage.getEntityManager().createQuery("select status, count(*) from OutboxMessage group by status", Object[].class)
                .getResultList().forEach(row -> values.put(COUNTS.get(((OutboxStatus) row[0]).ordinal()), (Long) row[1]));
        return values;
    }
}
