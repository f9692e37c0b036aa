package dev.signpost.feedback;

import dev.signpost.audit.AuditLog;
import dev.signpost.database.Database;
import dev.signpost.security.CurrentUser;
import dev.signpost.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Feedback items: sending one, and who may see which. */
@ApplicationScoped
@Transactional
public class FeedbackItems {

    @Inject
    Clock clock;
    @Inject
    Database database;
    @Inject
    CurrentUser currentUser;
    @Inject
    AuditLog audit;

    /** Stores a checked draft as a new item from the current user. */
    public FeedbackItem send(FeedbackDraft draft) {
        if (!draft.valid()) {
            throw new IllegalArgumentException("only a valid draft can be sent");
        }
        database.requireReady();
        Instant now = clock.instant();
        FeedbackItem item = new FeedbackItem();
        item.category = Category.of(draft.category()).orElseThrow();
        item.title = draft.title();
        item.description = draft.description();
        item.relatedPage = draft.relatedPage().isEmpty() ? null : draft.relatedPage();
        item.contactMe = draft.contactMe();
        item.submitter = currentUser.username();
        item.status = Status.NEW;
        item.createdAt = now;
        item.updatedAt = now;
        item.persist();
        audit.record("feedback.sent", "feedback", String.valueOf(item.id), item.category.code() + ": " + item.title);
        return item;
    }

    /** An item the current user may see: their own, or any for the people who triage feedback. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<FeedbackItem> visible(long id) {
        database.requireReady();
        FeedbackItem item = FeedbackItem.findById(id);
        if (item == null) {
            return Optional.empty();
        }
        return item.submitter.equals(currentUser.username()) || canTriage() ? Optional.of(item) : Optional.empty();
    }

    /** Whether the current user answers feedback (the roles of {@link TriageResource}). */
    public boolean canTriage() {
        return currentUser.hasAnyRole(Roles.SIG_MEMBER, Roles.MANAGER, Roles.ADMIN);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FeedbackItem> mine() {
        database.requireReady();
        return FeedbackItem.sentBy(currentUser.username());
    }
}
