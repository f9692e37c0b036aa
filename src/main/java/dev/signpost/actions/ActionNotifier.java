package dev.signpost.actions;

/**
 * Where news of a change to an action item goes. {@link OutboxNotifier} puts assignments into the notification outbox,
 * in the transaction of the change. Items due soon or overdue are not news of a change: {@link ActionReminders} tells
 * their owners once a day.
 */
public interface ActionNotifier {

    /**
     * The item was created for an owner, or its owner changed, by {@code changedBy}; called inside the change's
     * transaction, so what it writes commits or rolls back with the change.
     *
     * @param version the item's version after the change (0 for a new item): with the id, it names this assignment
     */
    void assigned(ActionItem item, int version, String changedBy);
}
