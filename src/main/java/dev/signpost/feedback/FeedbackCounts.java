package dev.signpost.feedback;

import dev.signpost.metrics.StoredCount;
import dev.signpost.metrics.StoredCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Feedback items by status, for {@code signpost_feedback_items}: what waits for triage, and how much is resolved. */
@ApplicationScoped
public class FeedbackCounts implements StoredCounts {

    private static final List<StoredCount> COUNTS = Arrays.stream(Status.values())
            .map(s -> StoredCount.of("signpost.feedback.items", "Feedback items in the database, by status", "status", s.code()))
            .toList();

    @Override
    public List<StoredCount> counts() {
        return COUNTS;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<StoredCount, Long> measure() {
        Map<StoredCount, Long> values = new HashMap<>();
        FeedbackItem.getEntityManager().createQuery("select status, count(*) from FeedbackItem group by status", Object[].class)
                .getResultList().forEach(row -> values.put(COUNTS.get(((Status) row[0]).ordinal()), (Long) row[1]));
        return values;
    }
}
