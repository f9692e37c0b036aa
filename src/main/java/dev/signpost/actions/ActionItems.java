package dev.signpost.actions;

import dev.signpost.web.Refusal;
import dev.signpost.audit.AuditLog;
import dev.signpost.database.Database;
import dev.signpost.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Action items in the database: creating, editing, status changes and comments with their history, and the daily
 * overdue check. Every change checks {@link ActionRules} for the current user; the lists are {@link ActionQueries}.
 */
@ApplicationScoped
@Transactional
public class ActionItems {

    @Inject
    Clock clock;
    @Inject
    Database database;
    @Inject
    CurrentUser currentUser;
    @Inject
    ActionHistory history;
    @Inject
    AuditLog audit;
    @Inject
    ActionNotifier notifier;

    /** The portal's zone, where "today" is (signpost.time-zone). */
    public java.time.ZoneId zone() {
        return clock.getZone();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Stores a checked draft as a new item created by the current user (a sig-member or admin). */
    public ActionItem create(ActionDraft draft) {
        require(ActionRules.canCreate(currentUser.roles()), "Only sig-members and admins create action items.");
        return createOnBehalf(draft);
    }

    /**
     * Stores a checked draft as a new item created by the current user, who may create it because of where they are
     * rather than their role: the facilitator of a Lean Coffee session captures its action items. The caller checks that.
     */
    public ActionItem createOnBehalf(ActionDraft draft) {
        if (!draft.valid()) {
            throw new IllegalArgumentException("only a valid draft can be stored");
        }
        database.requireReady();
        Instant now = clock.instant();
        ActionItem item = new ActionItem();
        item.title = draft.title();
        item.details = draft.details();
        item.owner = draft.owner();
        item.dueOn = draft.dueDay();
        item.status = ActionStatus.OPEN;
        item.sig = draft.sig().isEmpty() ? null : draft.sig();
        item.sourceType = ActionSource.of(draft.source()).orElse(null);
        item.sourceRef = item.sourceType == null ? null : draft.sourceRef();
        item.createdBy = currentUser.username();
        item.createdAt = now;
        item.updatedAt = now;
        item.persist();
        history.event(item, ActionEvent.CREATED, null, item.title, null, now);
        notifier.assigned(item, item.version, item.createdBy);
        return item;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ActionItem> find(long id) {
        database.requireReady();
        return ActionItem.findByIdOptional(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ActionEvent> history(long id) {
        return ActionEvent.of(id);
    }

    /** Changes title, details, owner, due date and SIG as the draft has them, on the version the edit began from. */
    public ActionItem edit(long id, int version, ActionDraft draft) {
        require(ActionRules.canEdit(currentUser.roles()), "Only sig-members and admins edit action items; the owner can change the status.");
        ActionItem item = current(id, version);
        Instant now = clock.instant();
        String sig = draft.sig().isEmpty() ? null : draft.sig();
        LocalDate due = draft.dueDay();
        history.change(item, "title", item.title, draft.title(), now);
        history.change(item, "details", item.details, draft.details(), now);
        history.change(item, "owner", item.owner, draft.owner(), now);
        boolean reassigned = !draft.owner().equals(item.owner);
        history.change(item, ActionEvent.DUE, text(item.dueOn), text(due), now);
        history.change(item, "sig", item.sig, sig, now);
        item.title = draft.title();
        item.details = draft.details();
        item.owner = draft.owner();
        item.dueOn = due;
        item.sig = sig;
        item.updatedAt = now;
        if (item.daysOverdue(today()) == 0) {
            item.overdueNoticedOn = null;
        }
        if (reassigned) {
            notifier.assigned(item, item.version + 1, currentUser.username());
        }
        return item;
    }

    /** Moves the item to a status, with a comment (required to block or drop). */
    public ActionItem changeStatus(long id, int version, ActionStatus to, String comment) {
        ActionItem item = load(id);
        require(ActionRules.canChangeStatus(currentUser.username(), currentUser.roles(), item.owner),
                "Only the item's owner, sig-members and admins change its status.");
        requireVersion(item, version);
        ActionRules.refusal(item.status, to, comment).ifPresent(message -> {
            throw new Refusal(400, message);
        });
        Instant now = clock.instant();
        ActionEvent event = history.event(item, "status", item.status.label(), to.label(), comment == null || comment.isBlank() ? null : comment, now);
        audit.record("action.status", "action", String.valueOf(item.id), event.oldValue + " -> " + event.newValue);
        item.status = to;
        item.updatedAt = now;
        if (to.finished()) {
            item.overdueNoticedOn = null;
        }
        return item;
    }

    /**
     * Adds a comment by the current user (anyone signed in). The item itself is not changed, so a comment never makes
     * someone else's open edit form stale.
     */
    public ActionEvent comment(long id, String text) {
        require(ActionRules.canComment(currentUser.signedIn()), "Sign in to comment.");
        database.requireReady();
        if (text == null || text.isBlank()) {
            throw new Refusal(400, "Write a comment first.");
        }
        if (text.length() > ActionItem.DETAILS_LENGTH) {
            throw new Refusal(400, "A comment has at most " + ActionItem.DETAILS_LENGTH + " characters; this one has " + text.length() + ".");
        }
        ActionItem item = ActionItem.findById(id);
        if (item == null) {
            throw new Refusal(404, "There is no action item " + id + ".");
        }
        return history.event(item, ActionEvent.COMMENT, null, null, text, clock.instant());
    }

    /**
     * Marks the unfinished items that are overdue on {@code today} and were not marked yet (an entry in their history),
     * and returns them: what the daily check reports.
     */
    public List<ActionItem> noticeOverdue(LocalDate today) {
        database.requireReady();
        List<ActionItem> newly = ActionItem.list("status in ?1 and dueOn < ?2 and overdueNoticedOn is null", ActionQueries.sort("due"),
                ActionStatus.unfinished(), today);
        Instant now = clock.instant();
        for (ActionItem item : newly) {
            item.overdueNoticedOn = today;
            history.event(item, ActionEvent.OVERDUE, text(item.dueOn), null, null, now).actor = "signpost";
        }
        return newly;
    }

    /** The last few changes of an item, to show someone whose edit met them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ActionEvent> latestChanges(long id) {
        List<ActionEvent> all = new ArrayList<>(ActionEvent.of(id));
        return all.subList(Math.max(0, all.size() - 5), all.size());
    }

    private ActionItem current(long id, int version) {
        ActionItem item = load(id);
        requireVersion(item, version);
        return item;
    }

    private ActionItem load(long id) {
        database.requireReady();
        ActionItem item = ActionItem.findById(id);
        if (item == null) {
            throw new Refusal(404, "There is no action item " + id + ".");
        }
        return item;
    }

    private void requireVersion(ActionItem item, int version) {
        if (item.version != version) {
            throw new ActionConflict(item, latestChanges(item.id));
        }
    }

    private static void require(boolean allowed, String message) {
        if (!allowed) {
            throw new Refusal(403, message);
        }
    }

    private static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
