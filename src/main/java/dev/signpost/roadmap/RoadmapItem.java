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

    /** A status change with its reason. */
    public record Update(LocalDate date, ItemStatus status, String note) {
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

    /** Whether the status changed on or after a day. */
    public boolean changedSince(LocalDate day) {
        return lastUpdate().map(u -> !u.date().isBefore(day)).orElse(false);
    }
}
