package dev.signpost.roadmap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Pure functions that compare the roadmap now with a baseline: what was added, removed, and what moved. */
final class RoadmapChanges {

    private RoadmapChanges() {
    }

    /**
     * Every change from {@code before} to {@code now}, grouped by kind, then by title.
     *
     * @param now            every item now (an item missing here was removed)
     * @param shown          which items to report on (the filters)
     * @param removedShown   which removed items to report on (the filters, for items only the baseline knows)
     */
    static List<RoadmapChange> between(Map<String, ItemState> before, List<RoadmapItem> now, Predicate<RoadmapItem> shown,
            Predicate<ItemState> removedShown) {
        List<RoadmapChange> changes = new ArrayList<>();
        for (RoadmapItem item : now) {
            if (!shown.test(item)) {
                continue;
            }
            ItemState was = before.get(item.slug());
            if (was == null) {
                Optional<RoadmapItem.Update> first = item.updates().stream().findFirst();
                changes.add(change(RoadmapChange.Kind.ADDED, item, "", status(item.status()),
                        first.map(RoadmapItem.Update::note).orElse(""), first.map(RoadmapItem.Update::date).orElse(null)));
                continue;
            }
            if (was.status() != item.status()) {
                Optional<RoadmapItem.Update> why = explaining(item, u -> u.status() == item.status());
                changes.add(change(RoadmapChange.Kind.STATUS, item, status(was.status()), status(item.status()),
                        why.map(RoadmapItem.Update::note).orElse(""), why.map(RoadmapItem.Update::date).orElse(null)));
            }
            if (!Objects.equals(was.target(), item.target())) {
                Optional<RoadmapItem.Update> why = explaining(item, u -> Objects.equals(u.target(), item.target()));
                changes.add(change(RoadmapChange.Kind.TARGET, item, label(was.target()), label(item.target()),
                        moved(was.target(), item.target()) + why.map(u -> u.note().isEmpty() ? "" : ": " + u.note()).orElse(""),
                        why.map(RoadmapItem.Update::date).orElse(null)));
            }
            if (was.horizon() != null && item.horizon() != null && was.horizon() != item.horizon()) {
                changes.add(change(RoadmapChange.Kind.HORIZON, item, was.horizon().label(), item.horizon().label(),
                        item.horizonDerived() ? "derived from status and target" : "", null));
            }
        }
        Set<String> present = now.stream().map(RoadmapItem::slug).collect(Collectors.toSet());
        before.values().stream().filter(s -> !present.contains(s.slug())).filter(removedShown).forEach(s -> changes.add(
                new RoadmapChange(RoadmapChange.Kind.REMOVED, s.slug(), s.title(), s.team(), status(s.status()), "",
                        "no longer in the roadmap's content", null, null)));
        changes.sort(Comparator.comparing(RoadmapChange::kind)
                .thenComparing(RoadmapChange::title, String.CASE_INSENSITIVE_ORDER).thenComparing(RoadmapChange::slug));
        return List.copyOf(changes);
    }

    /** How far a target moved: by quarters, or by days within a quarter; "set" or "removed" when one side has none. */
    static String moved(When from, When to) {
        if (from == null) {
            return "target set";
        }
        if (to == null) {
            return "target removed";
        }
        int quarters = to.quarter().minus(from.quarter());
        if (quarters != 0) {
            return Math.abs(quarters) + (Math.abs(quarters) == 1 ? " quarter " : " quarters ") + (quarters > 0 ? "later" : "earlier");
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(from.until(), to.until());
        if (days == 0) {
            return "same quarter";
        }
        return Math.abs(days) + (Math.abs(days) == 1 ? " day " : " days ") + (days > 0 ? "later" : "earlier") + ", same quarter";
    }

    /**
     * The latest update that matches, which explains a change. Its date is not checked against the baseline's: an
     * update written after a review may be dated before it, and the review never saw it.
     */
    private static Optional<RoadmapItem.Update> explaining(RoadmapItem item, Predicate<RoadmapItem.Update> matches) {
        return item.updatesNewestFirst().stream().filter(matches).findFirst();
    }

    private static RoadmapChange change(RoadmapChange.Kind kind, RoadmapItem item, String from, String to, String detail,
            LocalDate date) {
        return new RoadmapChange(kind, item.slug(), item.title(), item.team(), from, to, detail, date, item.href());
    }

    private static String status(ItemStatus status) {
        return status == null ? "unknown" : status.label();
    }

    private static String label(When when) {
        return when == null ? "none" : when.shown();
    }
}
