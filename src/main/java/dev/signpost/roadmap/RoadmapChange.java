package dev.signpost.roadmap;

import java.time.LocalDate;

/**
 * One thing that changed about an item between a baseline (a review, or the roadmap as it was on a day) and now.
 *
 * @param from   what it was, as shown (empty for an added item)
 * @param to     what it is, as shown (empty for a removed item)
 * @param detail the note of the update that made the change, or how far a target moved
 * @param date   the day of that update; null when the content does not say
 * @param href   the item's page; null for a removed item
 */
public record RoadmapChange(Kind kind, String slug, String title, String team, String from, String to, String detail,
        LocalDate date, String href) {

    /** The status a status change or a removed item came from, for its badge; null for other changes or an unknown status. */
    public ItemStatus fromStatus() {
        return kind == Kind.STATUS || kind == Kind.REMOVED ? ItemStatus.byLabel(from).orElse(null) : null;
    }

    /** The status a status change or an added item came to, for its badge; null for other changes or an unknown status. */
    public ItemStatus toStatus() {
        return kind == Kind.STATUS || kind == Kind.ADDED ? ItemStatus.byLabel(to).orElse(null) : null;
    }

    /** Kinds of change, in the order the changes view lists them. */
    public enum Kind {
        ADDED("added", "Added"), STATUS("status", "Status changed"), TARGET("target", "Target moved"),
        HORIZON("horizon", "Horizon changed"), REMOVED("removed", "Removed");

        private final String code;
        private final String label;

        Kind(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() {
            return code;
        }

        public String label() {
            return label;
        }
    }
}
