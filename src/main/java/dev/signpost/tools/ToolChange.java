package dev.signpost.tools;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One move of a tool for the changes view: it entered the catalog in a ring, or moved from one ring to another.
 *
 * @param from the ring before, or null when the tool entered
 */
public record ToolChange(Tool tool, LocalDate date, Ring from, Ring to, String note) {

    public boolean entered() {
        return from == null;
    }

    public Movement movement() {
        return from == null ? Movement.NEW : to.innerThan(from) ? Movement.MOVED_IN : Movement.MOVED_OUT;
    }

    /** How the change reads in a review: "entered Assess", "Supported → Preferred". */
    public String summary() {
        return from == null ? "entered " + to.label() : from.label() + " → " + to.label();
    }

    /** Every ring change on or after {@code since}, newest first. Entries that repeat the ring before are not moves. */
    static List<ToolChange> since(List<Tool> tools, LocalDate since) {
        List<ToolChange> changes = new ArrayList<>();
        for (Tool tool : tools) {
            Ring previous = null;
            for (Tool.HistoryEntry entry : tool.history()) {
                if (!entry.date().isBefore(since) && entry.ring() != previous) {
                    changes.add(new ToolChange(tool, entry.date(), previous, entry.ring(), entry.note()));
                }
                previous = entry.ring();
            }
        }
        changes.sort(Comparator.comparing(ToolChange::date).reversed().thenComparing(c -> c.tool().title(),
                String.CASE_INSENSITIVE_ORDER));
        return changes;
    }
}
