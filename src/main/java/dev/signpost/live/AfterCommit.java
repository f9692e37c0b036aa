package dev.signpost.live;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Holds back notices published inside a JTA transaction until it commits, and forgets them when it rolls back.
 * One synchronization per transaction delivers them in the order they were published.
 */
final class AfterCommit {

    private final TransactionSynchronizationRegistry transactions;
    private final Consumer<Notice> deliver;
    /** The key of this bus's pending notices among the transaction's resources. */
    private final Object key = new Object();

    AfterCommit(TransactionSynchronizationRegistry transactions, Consumer<Notice> deliver) {
        this.transactions = transactions;
        this.deliver = deliver;
    }

    void submit(Notice notice) {
        switch (transactions.getTransactionStatus()) {
            case Status.STATUS_NO_TRANSACTION -> deliver.accept(notice);
            case Status.STATUS_ACTIVE -> pending().add(notice);
            // it can only roll back: nothing to deliver, as PostgreSQL's NOTIFY would behave
            case Status.STATUS_MARKED_ROLLBACK, Status.STATUS_ROLLING_BACK, Status.STATUS_ROLLEDBACK -> { }
            default -> throw new IllegalStateException("A live notice cannot be published while the transaction is "
                    + "completing (JTA status " + transactions.getTransactionStatus() + ")");
        }
    }

    @SuppressWarnings("unchecked")
    private List<Notice> pending() {
        List<Notice> pending = (List<Notice>) transactions.getResource(key);
        if (pending == null) {
            List<Notice> notices = new ArrayList<>();
            transactions.putResource(key, notices);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        notices.forEach(deliver);
                    }
                }
            });
            pending = notices;
        }
        return pending;
    }
}
