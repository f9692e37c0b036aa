package dev.signpost.actions;

import java.time.LocalDate;
import java.util.List;

/**
 * Where news about action items goes. {@link OutboxNotifier} puts assignments into the notification outbox, in the
 * transaction of the change, and logs the daily overdue check's findings (the overdue digest is still to come).
 */
public interface ActionNotifier {

    /**
     * The item was created for an owner, or its owner changed, by {@code changedBy}; called inside the change's
     * transaction, so what it writes commits or rolls back with the change.
     *
     * @param version the item's version after the change (0 for a new item): with the id, it names this assignment
     */
    void assigned(ActionItem item, int version, String changedBy);

    /** Items found overdue today that were not overdue at the last check (none is sent twice). */
    void newlyOverdue(List<ActionItem> items, LocalDate today);
}
