package dev.signpost.actions;

import dev.signpost.web.Coded;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Where an action item is: open, in progress, blocked, then done or dropped (both can be reopened). */
public enum ActionStatus implements Coded {

    OPEN("Open"), IN_PROGRESS("In progress"), BLOCKED("Blocked"), DONE("Done"), DROPPED("Dropped");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }


    public String label() {
        return label;
    }

    /** Done or dropped: no longer due. */
    public boolean finished() {
        return this == DONE || this == DROPPED;
    }

    /** The statuses this one may change to: any unfinished status to any other; a finished one only back to open. */
    public Set<ActionStatus> next() {
        if (finished()) {
            return Set.of(OPEN);
        }
        return Arrays.stream(values()).filter(s -> s != this).collect(Collectors.toUnmodifiableSet());
    }

    /** Changing to blocked or dropped needs a comment that says why. */
    public boolean needsReason() {
        return this == BLOCKED || this == DROPPED;
    }

    public static Optional<ActionStatus> of(String code) {
        return Coded.of(ActionStatus.class, code);
    }

    public static List<ActionStatus> unfinished() {
        return List.of(OPEN, IN_PROGRESS, BLOCKED);
    }

    public static String codes() {
        return Arrays.stream(values()).map(ActionStatus::code).collect(Collectors.joining(", "));
    }
}
