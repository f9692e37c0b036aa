package dev.signpost.actions;

import dev.signpost.audit.AuditLog;
import dev.signpost.database.Database;
import dev.signpost.security.CurrentUser;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Action items in the database: creating, editing, status changes and comments with their history, and the
 * tracker's queries. Every change checks {@link ActionRules} for the current user.
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
    AuditLog audit;

    /** One page of the tracker, with how many items each status has under the other filters. */
    public record Page(List<ActionItem> items, Map<ActionStatus, Long> counts, long total, int page, int size) implements dev.signpost.web.Paged {
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
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
        event(item, ActionEvent.CREATED, null, item.title, null, now);
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
        change(item, "title", item.title, draft.title(), now);
        change(item, "details", item.details, draft.details(), now);
        change(item, "owner", item.owner, draft.owner(), now);
        change(item, "due", text(item.dueOn), text(due), now);
        change(item, "sig", item.sig, sig, now);
        item.title = draft.title();
        item.details = draft.details();
        item.owner = draft.owner();
        item.dueOn = due;
        item.sig = sig;
        item.updatedAt = now;
        if (item.daysOverdue(today()) == 0) {
            item.overdueNoticedOn = null;
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
            throw new ActionRejected(400, message);
        });
        Instant now = clock.instant();
        ActionEvent event = event(item, "status", item.status.label(), to.label(), comment == null || comment.isBlank() ? null : comment, now);
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
            throw new ActionRejected(400, "Write a comment first.");
        }
        if (text.length() > ActionItem.DETAILS_LENGTH) {
            throw new ActionRejected(400, "A comment has at most " + ActionItem.DETAILS_LENGTH + " characters; this one has " + text.length() + ".");
        }
        ActionItem item = ActionItem.findById(id);
        if (item == null) {
            throw new ActionRejected(404, "There is no action item " + id + ".");
        }
        return event(item, ActionEvent.COMMENT, null, null, text, clock.instant());
    }

    /** One page of the tracker under the filters, sorted as asked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page list(ActionFilter.Checked filter, int page, int size) {
        database.requireReady();
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.sig() != null) {
            where.append(" and sig = :sig");
            params.put("sig", filter.sig());
        }
        if (filter.owner() != null) {
            where.append(" and owner = :owner");
            params.put("owner", filter.owner());
        }
        if (filter.dueFrom() != null) {
            where.append(" and dueOn >= :dueFrom and dueOn <= :dueUntil");
            params.put("dueFrom", filter.dueFrom());
            params.put("dueUntil", filter.dueUntil());
        }
        if (filter.noDue()) {
            where.append(" and dueOn is null");
        }
        if (filter.overdue()) {
            // Finished items are never overdue (ActionRules.daysOverdue), whatever status filter is chosen.
            where.append(" and dueOn < :today and status in :unfinished");
            params.put("today", filter.today());
            params.put("unfinished", ActionStatus.unfinished());
        }
        if (filter.source() != null) {
            where.append(" and sourceType = :source");
            params.put("source", filter.source());
        }
        if (filter.noSource()) {
            where.append(" and sourceType is null");
        }
        if (filter.text() != null) {
            where.append(" and (lower(title) like :text escape '\\' or lower(details) like :text escape '\\')");
            params.put("text", "%" + filter.text().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        Map<ActionStatus, Long> counts = new EnumMap<>(ActionStatus.class);
        for (ActionStatus status : ActionStatus.values()) {
            counts.put(status, 0L);
        }
        TypedQuery<Object[]> byStatus = ActionItem.getEntityManager()
                .createQuery("select status, count(*) from ActionItem where " + where + " group by status", Object[].class);
        params.forEach(byStatus::setParameter);
        byStatus.getResultList().forEach(row -> counts.put((ActionStatus) row[0], (Long) row[1]));
        where.append(" and status in :statuses");
        params.put("statuses", filter.statuses());
        long total = filter.statuses().stream().mapToLong(counts::get).sum();
        List<ActionItem> items = ActionItem.find(where.toString(), sort(filter.sort()), params).page(page - 1, size).list();
        return new Page(items, counts, total, page, size);
    }

    /** Every item from a source (a feedback item, a roadmap item, a Lean Coffee topic), oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ActionItem> fromSource(ActionSource source, String ref) {
        database.requireReady();
        return ActionItem.list("sourceType = ?1 and sourceRef = ?2", Sort.ascending("createdAt").and("id"), source, ref);
    }

    /** Every item from any of several sources of one kind (the topics of Lean Coffee sessions), oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ActionItem> fromSources(ActionSource source, java.util.Collection<String> refs) {
        database.requireReady();
        if (refs.isEmpty()) {
            return List.of();
        }
        return ActionItem.list("sourceType = ?1 and sourceRef in ?2", Sort.ascending("createdAt").and("id"), source, refs);
    }

    /** A SIG's items: unfinished ones by due date, then those finished since {@code since}, latest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ActionItem> ofSig(String sig) {
        database.requireReady();
        return ActionItem.list("sig", sort("due"), sig);
    }

    /** The unfinished items a person owns, by due date. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ActionItem> openFor(String user) {
        database.requireReady();
        return ActionItem.list("owner = ?1 and status in ?2", sort("due"), user, ActionStatus.unfinished());
    }

    /**
     * Items with a due date for a calendar feed, a person's ({@code owner}) or a SIG's: every unfinished one, and
     * finished ones changed since {@code finishedSince} (so that calendars show them done or cancelled).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ActionItem> withDueDates(String owner, String sig, Instant finishedSince) {
        database.requireReady();
        String who = owner != null ? "owner = ?1" : "sig = ?1";
        return ActionItem.list(who + " and dueOn is not null and (status in ?2 or updatedAt >= ?3)", sort("due"),
                owner != null ? owner : sig, ActionStatus.unfinished(), finishedSince);
    }

    /** How many unfinished items each SIG has. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> openCountBySig() {
        database.requireReady();
        Map<String, Long> counts = new LinkedHashMap<>();
        ActionItem.getEntityManager().createQuery("select sig, count(*) from ActionItem where sig is not null and status in :statuses "
                + "group by sig", Object[].class).setParameter("statuses", ActionStatus.unfinished()).getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    /** The user names seen on items, for suggesting owners. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> knownPeople() {
        database.requireReady();
        return ActionItem.getEntityManager().createQuery("select distinct owner from ActionItem order by owner", String.class)
                .setMaxResults(500).getResultList();
    }

    /**
     * Marks the unfinished items that are overdue on {@code today} and were not marked yet (an entry in their history),
     * and returns them: what the daily check reports.
     */
    public List<ActionItem> noticeOverdue(LocalDate today) {
        database.requireReady();
        List<ActionItem> newly = ActionItem.list("status in ?1 and dueOn < ?2 and overdueNoticedOn is null", sort("due"),
                ActionStatus.unfinished(), today);
        Instant now = clock.instant();
        for (ActionItem item : newly) {
            item.overdueNoticedOn = today;
            event(item, ActionEvent.OVERDUE, text(item.dueOn), null, null, now).actor = "signpost";
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
            throw new ActionRejected(404, "There is no action item " + id + ".");
        }
        return item;
    }

    private void requireVersion(ActionItem item, int version) {
        if (item.version != version) {
            throw new ActionConflict(item, latestChanges(item.id));
        }
    }

    private void change(ActionItem item, String field, String from, String to, Instant now) {
        if (!Objects.equals(from, to)) {
            event(item, field, field.equals("details") ? null : from, field.equals("details") ? null : to, null, now);
            audit.record("action." + field, "action", String.valueOf(item.id), field.equals("details") ? "details"
                    : (from == null ? "(none)" : from) + " -> " + (to == null ? "(none)" : to));
        }
    }

    private ActionEvent event(ActionItem item, String field, String from, String to, String comment, Instant now) {
        ActionEvent event = new ActionEvent();
        event.itemId = item.id;
        event.actor = currentUser.signedIn() ? currentUser.username() : "signpost";
        event.occurredAt = now;
        event.field = field;
        event.oldValue = from;
        event.newValue = to;
        event.comment = comment;
        event.persist();
        return event;
    }

    private static void require(boolean allowed, String message) {
        if (!allowed) {
            throw new ActionRejected(403, message);
        }
    }

    private static Sort sort(String by) {
        return switch (by) {
            case "updated" -> Sort.descending("updatedAt").and("id", Sort.Direction.Descending);
            case "created" -> Sort.descending("createdAt").and("id", Sort.Direction.Descending);
            case "title" -> Sort.ascending("title").and("id");
            default -> Sort.by("dueOn", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_LAST).and("id");
        };
    }

    private static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
