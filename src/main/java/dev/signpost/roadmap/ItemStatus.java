package dev.signpost.roadmap;

import dev.signpost.web.Coded;

import java.util.Optional;

/** Where a roadmap item is. */
public enum ItemStatus implements Coded {

    EXPLORING("Exploring"), PLANNED("Planned"), IN_PROGRESS("In progress"), AT_RISK("At risk"), SHIPPED("Shipped"),
    DROPPED("Dropped");

    private final String label;

    ItemStatus(String label) {
        this.label = label;
    }


    public String label() {
        return label;
    }

    /** Shipped and dropped items are finished; they leave the board. */
    public boolean finished() {
        return this == SHIPPED || this == DROPPED;
    }

    public static Optional<ItemStatus> of(String code) {
        return Coded.of(ItemStatus.class, code);
    }

    /** The status a page shows as {@code label} ("In progress"), as the changes view writes it. */
    static Optional<ItemStatus> byLabel(String label) {
        return java.util.Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst();
    }

    public static String codes() {
        return "exploring, planned, in-progress, at-risk, shipped, dropped";
    }
}
