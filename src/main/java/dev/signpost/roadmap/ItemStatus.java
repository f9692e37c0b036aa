package dev.signpost.roadmap;

import java.util.Locale;
import java.util.Optional;

/** Where a roadmap item is. */
public enum ItemStatus {

    EXPLORING("Exploring"), PLANNED("Planned"), IN_PROGRESS("In progress"), AT_RISK("At risk"), SHIPPED("Shipped"),
    DROPPED("Dropped");

    private final String label;

    ItemStatus(String label) {
        this.label = label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String label() {
        return label;
    }

    /** Shipped and dropped items are finished; they leave the board. */
    public boolean finished() {
        return this == SHIPPED || this == DROPPED;
    }

    public static Optional<ItemStatus> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (ItemStatus status : values()) {
            if (status.code().equals(wanted)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    public static String codes() {
        return "exploring, planned, in-progress, at-risk, shipped, dropped";
    }
}
