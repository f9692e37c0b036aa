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
