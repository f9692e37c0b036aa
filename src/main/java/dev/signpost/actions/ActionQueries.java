package dev.signpost.actions;

import dev.signpost.database.Database;
import dev.signpost.database.Where;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The lists of action items: the tracker's filtered pages, a source's or a SIG's items, a person's, a calendar's. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ActionQueries {

    /** One page of the tracker, with how many items each status has under the other filters. */
    public record Page(List<ActionItem> items, Map<ActionStatus, Long> counts, long total, int page, int size) implements dev.signpost.web.Paged {
    }

    @Inject
    Database database;

    /** One page of the tracker under the filters, sorted as asked. */
    public Page list(ActionFilter.Checked filter, int page, int size) {
        database.requireReady();
        String text = filter.text() == null ? null
                : "%" + filter.text().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        Where where = new Where()
                .andIf(filter.sig(), "sig = :sig", "sig")
                .andIf(filter.owner(), "owner = :owner", "owner")
                .andIf(filter.dueFrom() != null, "dueOn >= :dueFrom and dueOn <= :dueUntil", "dueFrom", filter.dueFrom(), "dueUntil", filter.dueUntil())
                .andIf(filter.noDue(), "dueOn is null")
                // Finished items are never overdue (ActionRules.daysOverdue), whatever status filter is chosen.
                .andIf(filter.overdue(), "dueOn < :today and status in :unfinished", "today", filter.today(), "unfinished", ActionStatus.unfinished())
                .andIf(filter.source(), "sourceType = :source", "source")
                .andIf(filter.noSource(), "sourceType is null")
                .andIf(text, "(lower(title) like :text escape '\\' or lower(details) like :text escape '\\')", "text");
        Map<ActionStatus, Long> counts = new EnumMap<>(where.countBy(ActionItem.getEntityManager(), "ActionItem", "status",
                List.of(ActionStatus.values())));
        where.and("status in :statuses", "statuses", filter.statuses());
        long total = filter.statuses().stream().mapToLong(counts::get).sum();
        List<ActionItem> items = ActionItem.find(where.clause(), sort(filter.sort()), where.params()).page(page - 1, size).list();
        return new Page(items, counts, total, page, size);
    }

    /** Every item from a source (a feedback item, a roadmap item, a Lean Coffee topic), oldest first. */
    public List<ActionItem> fromSource(ActionSource source, String ref) {
        database.requireReady();
        return ActionItem.list("sourceType = ?1 and sourceRef = ?2", Sort.ascending("createdAt").and("id"), source, ref);
    }

    /** Every item from any of several sources of one kind (the topics of Lean Coffee sessions), oldest first. */
    public List<ActionItem> fromSources(ActionSource source, Collection<String> refs) {
        database.requireReady();
        if (refs.isEmpty()) {
            return List.of();
        }
        return ActionItem.list("sourceType = ?1 and sourceRef in ?2", Sort.ascending("createdAt").and("id"), source, refs);
    }

    /** A SIG's items: unfinished ones by due date, then those finished since {@code since}, latest first. */
    public List<ActionItem> ofSig(String sig) {
        database.requireReady();
        return ActionItem.list("sig", sort("due"), sig);
    }

    /** The unfinished items a person owns, by due date. */
    public List<ActionItem> openFor(String user) {
        database.requireReady();
        return ActionItem.list("owner = ?1 and status in ?2", sort("due"), user, ActionStatus.unfinished());
    }

    /** The unfinished items due the day after {@code day} or before it (overdue on it), by due date: the daily reminder's. */
    public List<ActionItem> dueTomorrowOrOverdue(java.time.LocalDate day) {
        database.requireReady();
        return ActionItem.list("status in ?1 and (dueOn < ?2 or dueOn = ?3)", sort("due"), ActionStatus.unfinished(), day, day.plusDays(1));
    }

    /**
     * Items with a due date for a calendar feed, a person's ({@code owner}) or a SIG's: every unfinished one, and
     * finished ones changed since {@code finishedSince} (so that calendars show them done or cancelled).
     */
    public List<ActionItem> withDueDates(String owner, String sig, Instant finishedSince) {
        database.requireReady();
        String who = owner != null ? "owner = ?1" : "sig = ?1";
        return ActionItem.list(who + " and dueOn is not null and (status in ?2 or updatedAt >= ?3)", sort("due"),
                owner != null ? owner : sig, ActionStatus.unfinished(), finishedSince);
    }

    /** How many unfinished items each SIG has. */
    public Map<String, Long> openCountBySig() {
        database.requireReady();
        Map<String, Long> counts = new LinkedHashMap<>();
        ActionItem.getEntityManager().createQuery("select sig, count(*) from ActionItem where sig is not null and status in :statuses "
                + "group by sig", Object[].class).setParameter("statuses", ActionStatus.unfinished()).getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    /** The order of a list by its sort parameter: due date (the default), last updated, created or title. */
    static Sort sort(String by) {
        return switch (by) {
            case "updated" -> Sort.descending("updatedAt").and("id", Sort.Direction.Descending);
            case "created" -> Sort.descending("createdAt").and("id", Sort.Direction.Descending);
            case "title" -> Sort.ascending("title").and("id");
            default -> Sort.by("dueOn", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_LAST).and("id");
        };
    }
}
