package dev.signpost.feedback;

import dev.signpost.metrics.CountsByStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

/** Feedback items by status, for {@code signpost_feedback_items}: what waits for triage, and how much is resolved. */
@ApplicationScoped
public class FeedbackCounts extends CountsByStatus<Status> {

    FeedbackCounts() {
        super("signpost.feedback.items", "Feedback items in the database, by status", Status.values(), Status::code);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    protected List<Object[]> rows() {
        return FeedbackItem.getEntityManager().createQuery("select status, count(*) from FeedbackItem group by status", Object[].class)
                .getResultList();
    }
}
