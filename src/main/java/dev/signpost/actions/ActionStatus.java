package dev.signpost.actions;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Where an action item is: open, in progress, blocked, then done or dropped (both can be reopened). */
public enum ActionStatus {

    OPEN("Open"), IN_PROGRESS("In progress"), BLOCKED("Blocked"), DONE("Done"), DROPPED("Dropped");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
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
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(s -> s.code().equals(wanted)).findFirst();
    }

    public static List<ActionStatus> unfinished() {
        return List.of(OPEN, IN_PROGRESS, BLOCKED);
    }

    public static String codes() {
        return Arrays.stream(values()).map(ActionStatus::code).collect(Collectors.joining(", "));
    }
}
