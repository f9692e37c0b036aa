package dev.signpost.roadmap;

import dev.signpost.content.Document;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One roadmap item, with what was valid in its file (an unknown status is null and reported).
 *
 * @param horizon        the horizon written, or derived from status and target; null for finished items
 * @param horizonDerived true when the file names no horizon
 * @param dependsOn      slugs of items this one needs first (only those that exist)
 * @param tools          slugs of tools it concerns (only those that exist)
 * @param updates        the status history, oldest first
 */
public record RoadmapItem(String slug, Document doc, ItemStatus status, Horizon horizon, boolean horizonDerived, When start,
        When target, String team, String sig, List<String> dependsOn, List<String> tools, List<Update> updates) {

    /**
     * A status change with its reason.
     *
     * @param target the target set on that day, when the update moved (or first set) it; null when it says nothing
     */
    public record Update(LocalDate date, ItemStatus status, String note, When target) {
    }

    public RoadmapItem {
        dependsOn = List.copyOf(dependsOn);
        tools = List.copyOf(tools);
        updates = List.copyOf(updates);
    }

    public String title() {
        return doc.title();
    }

    public String href() {
        return doc.href();
    }

    public List<Update> updatesNewestFirst() {
        List<Update> newest = new java.util.ArrayList<>(updates);
        java.util.Collections.reverse(newest);
        return newest;
    }

    /** The latest update, if any. */
    public Optional<Update> lastUpdate() {
        return updates.isEmpty() ? Optional.empty() : Optional.of(updates.get(updates.size() - 1));
    }

    /** What it is now, as a review freezes it. */
    public ItemState state() {
        return new ItemState(slug, title(), team, sig, status, target, horizon);
    }

    /**
     * What it was at the end of a day, as its updates tell: empty when its first update is later (it did not exist
     * yet); its status from the last update by then; its target from the last update by then that names one (the
     * front matter's when no update names one, none when only later updates do); a derived horizon as it was derived
     * then. An item without updates has no history: it is taken to have been as it is.
     */
    public Optional<ItemState> stateOn(LocalDate day) {
        if (updates.isEmpty()) {
            return Optional.of(state());
        }
        if (updates.get(0).date().isAfter(day)) {
            return Optional.empty();
        }
        Update last = null;
        When targetThen = null;
        boolean targetsInHistory = false;
        for (Update update : updates) {
            boolean byThen = !update.date().isAfter(day);
            if (byThen) {
                last = update;
            }
            if (update.target() != null) {
                targetsInHistory = true;
                if (byThen) {
                    targetThen = update.target();
                }
            }
        }
        if (!targetsInHistory) {
            targetThen = target;
        }
        Horizon horizonThen = horizonDerived
                ? Horizon.derive(last.status(), targetThen == null ? null : targetThen.quarter(), Quarter.of(day))
                : horizon;
        return Optional.of(new ItemState(slug, title(), team, sig, last.status(), targetThen, horizonThen));
    }

    /** Whether the status changed on or after a day. */
    public boolean changedSince(LocalDate day) {
        return lastUpdate().map(u -> !u.date().isBefore(day)).orElse(false);
    }
}
