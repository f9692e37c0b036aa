package dev.signpost.actions;

import dev.signpost.metrics.StoredCount;
import dev.signpost.metrics.StoredCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Action items still to do and those of them past their due date, for {@code signpost_action_items_open} and
 * {@code signpost_action_items_overdue}. Overdue as the tracker's filter says: unfinished and due before today.
 */
@ApplicationScoped
public class ActionCounts implements StoredCounts {

    static final StoredCount OPEN = StoredCount.of("signpost.action.items.open", "Action items not done or dropped (open, in progress, blocked)");
    static final StoredCount OVERDUE = StoredCount.of("signpost.action.items.overdue", "Unfinished action items due before today");

    @Inject
    ActionItems items;

    @Override
    public List<StoredCount> counts() {
        return List.of(OPEN, OVERDUE);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<StoredCount, Long> measure() {
        LocalDate today = items.today();
        long open = ActionItem.count("status in ?1", ActionStatus.unfinished());
        long overdue = ActionItem.count("status in ?1 and dueOn < ?2", ActionStatus.unfinished(), today);
        return Map.of(OPEN, open, OVERDUE, overdue);
    }
}
