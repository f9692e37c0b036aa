package dev.signpost.notifications;

import dev.signpost.metrics.CountsByStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * The notification outbox by status, for {@code signpost_notifications_outbox}: pending and failed messages are its
 * depth (what the dispatcher still has to send), dead ones need an admin. Sent and digested rows stay until
 * {@link Retention} removes them.
 */
@ApplicationScoped
public class OutboxCounts extends CountsByStatus<OutboxStatus> {

    OutboxCounts() {
        super("signpost.notifications.outbox", "Messages in the notification outbox, by status", OutboxStatus.values(), OutboxStatus::code);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    protected List<Object[]> rows() {
        return OutboxMessage.getEntityManager().createQuery("select status, count(*) from OutboxMessage group by status", Object[].class)
                .getResultList();
    }
}
