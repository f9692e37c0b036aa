package dev.signpost.feedback;

import dev.signpost.web.Refusal;
import dev.signpost.audit.AuditLog;
import dev.signpost.database.Database;
import dev.signpost.database.Where;
import dev.signpost.people.Directory;
import dev.signpost.people.KnownNames;
import dev.signpost.security.CurrentUser;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The triage queue and the edits triagers make: status, assignee, public answer, internal notes, with history. */
@ApplicationScoped
@Transactional
public class Triage {

    static final int MAX_LENGTH = 10_000;

    @Inject
    Clock clock;
    @Inject
    Directory directory;
    @Inject
    Database database;
    @Inject
    CurrentUser currentUser;
    @Inject
    AuditLog audit;
    @Inject
    FeedbackNotices notices;

    /** Filters of the queue; each may be null. */
    public record Filter(Status status, Category category, OwnerFilter owners, String page, LocalDate from, LocalDate to) {
    }

    /**
     * One page of the queue: matching items, newest first, how many match in all, and how many items each status has
     * under the other filters.
     */
    public record Queue(List<FeedbackItem> items, Map<Status, Long> counts, long total, int page, int size) implements dev.signpost.web.Paged {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Queue queue(Filter filter, int page, int size) {
        database.requireReady();
        Where where = new Where();
        if (filter.owners() != null) {
            Map<String, Object> owners = new HashMap<>();
            where.and(filter.owners().condition("owner", owners));
            where.params().putAll(owners);
        }
        where.andIf(filter.category(), "category = :category", "category")
                .andIf(filter.page(), "relatedPage = :page", "page")
                .andIf(filter.from() == null ? null : filter.from().atStartOfDay().toInstant(ZoneOffset.UTC), "createdAt >= :from", "from")
                .andIf(filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), "createdAt < :to", "to");
        Map<Status, Long> counts = new EnumMap<>(where.countBy(FeedbackItem.getEntityManager(), "FeedbackItem", "status", List.of(Status.values())));
        where.andIf(filter.status(), "status = :status", "status");
        var query = FeedbackItem.find(where.clause(), Sort.descending("createdAt").and("id", Sort.Direction.Descending), where.params());
        long total = filter.status() != null ? counts.get(filter.status()) : counts.values().stream().mapToLong(Long::longValue).sum();
        return new Queue(query.page(page - 1, size).list(), counts, total, page, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FeedbackEvent> history(long itemId) {
        return FeedbackEvent.of(itemId);
    }

    /**
     * Applies an edit made on the given version. If the item changed since, nothing is saved and the conflict names
     * the other changes. Every changed field and a note become history, and an audit event.
     */
    public FeedbackItem apply(long id, TriageChange change) {
        database.requireReady();
        FeedbackItem item = FeedbackItem.findById(id);
        if (item == null) {
            throw new Refusal(404, "This feedback does not exist.");
        }
        if (item.version != change.version()) {
            throw new TriageConflict(latestChanges(id));
        }
        Status status = Status.of(change.status())
                .orElseThrow(() -> new Refusal(400, "Choose one of the statuses listed."));
        if (change.publicAnswer().length() > MAX_LENGTH || change.note().length() > MAX_LENGTH) {
            throw new Refusal(400, "An answer or a note may have at most " + MAX_LENGTH + " characters.");
        }
        if (change.assignee().length() > 100) {
            throw new Refusal(400, "An assignee's name has at most 100 characters.");
        }
        if (change.owner().length() > 200) {
            throw new Refusal(400, "An owner's name has at most 200 characters.");
        }
        String owner = known(change.owner(), item.owner, false);
        String assignee = known(change.assignee(), item.assignee, true);
        Instant now = clock.instant();
        String actor = currentUser.username();
        record("status", item.status.label(), status.label(), item, actor, now, !Objects.equals(item.status, status));
        record("owner", item.owner, owner, item, actor, now, !Objects.equals(item.owner, owner));
        record("assignee", item.assignee, assignee, item, actor, now, !Objects.equals(item.assignee, assignee));
        String answer = change.publicAnswer().isEmpty() ? null : change.publicAnswer();
        record("answer", item.publicAnswer, answer, item, actor, now, !Objects.equals(item.publicAnswer, answer));
        if (!change.note().isEmpty()) {
            record(FeedbackEvent.NOTE, null, change.note(), item, actor, now, true);
        }
        Status was = item.status;
        String answerWas = item.publicAnswer;
        if (status != was || !Objects.equals(answerWas, answer)) {
            item.newsAt = now;
        }
        item.status = status;
        item.owner = owner;
        item.assignee = assignee;
        item.publicAnswer = answer;
        item.updatedAt = now;
        notices.changed(item, was, answerWas, change.version() + 1, actor);
        return item;
    }

    /**
     * A typed owner or assignee: null when empty, the stored value when unchanged (it may predate the directory), else
     * the directory's spelling of a known person (or team, for an owner); an unknown name is refused.
     */
    private String known(String typed, String stored, boolean personOnly) {
        if (typed.isEmpty()) {
            return null;
        }
        if (typed.equals(stored)) {
            return stored;
        }
        KnownNames names = personOnly ? directory.names().peopleOnly() : directory.names();
        KnownNames.Resolution resolved = names.resolve(typed);
        if (!resolved.accepted()) {
            throw new Refusal(400, resolved.problem());
        }
        return resolved.name();
    }

    /**
     * Marks an item resolved because the work it asked for is done elsewhere, with a note saying where, and gives the
     * submitter {@code answer} when the item has no public answer yet; nothing happens to an item that is already
     * resolved or dismissed. Returns whether it changed.
     */
    public boolean resolve(long id, String note, String answer) {
        database.requireReady();
        FeedbackItem item = FeedbackItem.findById(id);
        if (item == null) {
            throw new Refusal(404, "This feedback does not exist.");
        }
        if (!item.status.open()) {
            return false;
        }
        String publicAnswer = item.publicAnswer == null || item.publicAnswer.isBlank() ? answer : item.publicAnswer;
        apply(id, new TriageChange(item.version, Status.RESOLVED.name(), item.owner, item.assignee, publicAnswer, note));
        return true;
    }

    /** The last few changes of an item, to show someone whose edit met them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FeedbackEvent> latestChanges(long id) {
        List<FeedbackEvent> all = new ArrayList<>(FeedbackEvent.of(id));
        return all.subList(Math.max(0, all.size() - 5), all.size());
    }

    private void record(String field, String from, String to, FeedbackItem item, String actor, Instant now, boolean changed) {
        if (!changed) {
            return;
        }
        FeedbackEvent event = new FeedbackEvent();
        event.itemId = item.id;
        event.actor = actor;
        event.occurredAt = now;
        event.field = field;
        event.oldValue = from;
        event.newValue = to;
        event.persist();
        audit.record("feedback." + field, "feedback", String.valueOf(item.id),
                field.equals(FeedbackEvent.NOTE) ? "internal note" : (from == null ? "(none)" : from) + " -> " + (to == null ? "(none)" : to));
    }
}
