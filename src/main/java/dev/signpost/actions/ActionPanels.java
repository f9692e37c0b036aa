package dev.signpost.actions;

import dev.signpost.database.DatabaseUnavailableException;
import dev.signpost.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Action items where they belong on other pages ({@code inject:actionPanels} in templates): a SIG's items on its page,
 * the items created from a feedback or roadmap item, the signed-in person's items on the home page. Each panel says
 * so instead of failing when the database cannot be reached.
 */
@Named("actionPanels")
@RequestScoped
public class ActionPanels {

    /** How long a finished item stays under "recently done". */
    static final int RECENT_DAYS = 30;

    /** A SIG's items: unfinished (overdue ones marked), and those done in the last 30 days. */
    public record SigPanel(String sig, List<ActionItem> open, List<ActionItem> recentlyDone, long overdue, boolean canCreate,
            boolean databaseDown, boolean signedIn, LocalDate today) {

        public String createHref() {
            return "/actions/new?sig=" + java.net.URLEncoder.encode(sig, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** The items created from something (a feedback item, a roadmap item), and a link to create another. */
    public record SourcePanel(ActionSource source, String ref, List<ActionItem> items, boolean canCreate, boolean databaseDown,
            LocalDate today) {

        public String createHref() {
            return "/actions/new?source=" + source.code() + "&ref=" + java.net.URLEncoder.encode(ref, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** The signed-in person's unfinished items, overdue first. */
    public record MinePanel(List<ActionItem> items, long overdue, boolean databaseDown, LocalDate today) {
    }

    @Inject
    ActionQueries queries;
    @Inject
    ActionItems items;
    @Inject
    CurrentUser currentUser;

    private Map<String, Long> openCounts;

    public SigPanel forSig(String sig) {
        LocalDate today = items.today();
        boolean canCreate = ActionRules.canCreate(currentUser.roles());
        if (!currentUser.signedIn()) {
            return new SigPanel(sig, List.of(), List.of(), 0, false, false, false, today);
        }
        List<ActionItem> all = guarded(() -> queries.ofSig(sig));
        if (all == null) {
            return new SigPanel(sig, List.of(), List.of(), 0, canCreate, true, true, today);
        }
        List<ActionItem> open = all.stream().filter(i -> !i.status.finished()).toList();
        List<ActionItem> done = all.stream().filter(i -> i.status == ActionStatus.DONE)
                .filter(i -> !LocalDate.ofInstant(i.updatedAt, items.zone()).isBefore(today.minusDays(RECENT_DAYS)))
                .sorted(java.util.Comparator.comparing((ActionItem i) -> i.updatedAt).reversed()).toList();
        return new SigPanel(sig, open, done, open.stream().filter(i -> i.daysOverdue(today) > 0).count(), canCreate, false, true, today);
    }

    /** How many unfinished items a SIG has; null when the database cannot be reached. */
    public Long openCount(String sig) {
        if (openCounts == null) {
            openCounts = guarded(queries::openCountBySig);
            if (openCounts == null) {
                return null;
            }
        }
        return openCounts.getOrDefault(sig, 0L);
    }

    public SourcePanel forSource(String source, String ref) {
        ActionSource type = ActionSource.of(source).orElseThrow(() -> new IllegalArgumentException("unknown source " + source));
        boolean canCreate = ActionRules.canCreate(currentUser.roles());
        List<ActionItem> found = guarded(() -> queries.fromSource(type, ref));
        return new SourcePanel(type, ref, found == null ? List.of() : found, canCreate, found == null, items.today());
    }

    /** The signed-in person's items, or null for someone not signed in. */
    public MinePanel mine() {
        if (!currentUser.signedIn()) {
            return null;
        }
        LocalDate today = items.today();
        List<ActionItem> mine = guarded(() -> queries.openFor(currentUser.username()));
        if (mine == null) {
            return new MinePanel(List.of(), 0, true, today);
        }
        List<ActionItem> sorted = mine.stream().sorted(java.util.Comparator.comparing((ActionItem i) -> i.daysOverdue(today) == 0)).toList();
        return new MinePanel(sorted, sorted.stream().filter(i -> i.daysOverdue(today) > 0).count(), false, today);
    }

    /** The query's answer, or null when the database cannot answer it (the panel then says so). */
    private <T> T guarded(Supplier<T> query) {
        try {
            return query.get();
        } catch (DatabaseUnavailableException | PersistenceException e) {
            return null;
        }
    }
}
