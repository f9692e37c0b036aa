package dev.signpost.actions;

import java.time.LocalDate;
import java.util.List;

/**
 * Where news about action items goes. The portal's own implementation writes to the log; a chat webhook or e-mail
 * sender is another implementation of this one interface (an {@code @Alternative} bean or a replacement of
 * {@link LogNotifier}), with nothing else to change.
 */
public interface ActionNotifier {

    /** Items found overdue today that were not overdue at the last check (none is sent twice). */
    void newlyOverdue(List<ActionItem> items, LocalDate today);
}
