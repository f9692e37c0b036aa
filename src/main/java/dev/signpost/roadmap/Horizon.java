package dev.signpost.roadmap;

import dev.signpost.web.Coded;

import java.util.Optional;

/** When an item is expected: now (this quarter's work), next (the quarter or two after), later. */
public enum Horizon implements Coded {

    NOW("Now"), NEXT("Next"), LATER("Later");

    private final String label;

    Horizon(String label) {
        this.label = label;
    }


    public String label() {
        return label;
    }

    public static Optional<Horizon> of(String code) {
        return Coded.of(Horizon.class, code);
    }

    /**
     * The horizon an item has when its file names none: work under way is now; planned work is next when its target
     * is within the next two quarters, else later; exploring is later; finished items have none.
     */
    static Horizon derive(ItemStatus status, Quarter target, Quarter current) {
        if (status == null) {
            return LATER;
        }
        return switch (status) {
            case IN_PROGRESS, AT_RISK -> NOW;
            case PLANNED -> target != null && target.minus(current) > 2 ? LATER : NEXT;
            case EXPLORING -> LATER;
            case SHIPPED, DROPPED -> null;
        };
    }
}
