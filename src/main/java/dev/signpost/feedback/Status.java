package dev.signpost.feedback;

import dev.signpost.web.Coded;

import java.util.Optional;

/** Where a piece of feedback is: new, acknowledged, in progress, then resolved or dismissed. */
public enum Status implements Coded {

    NEW("New"), ACKNOWLEDGED("Acknowledged"), IN_PROGRESS("In progress"), RESOLVED("Resolved"), DISMISSED("Dismissed");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }


    /** The status with this code ({@code in-progress}) or name ({@code IN_PROGRESS}). */
    public static Optional<Status> of(String value) {
        return Coded.of(Status.class, value);
    }

    public boolean open() {
        return this != RESOLVED && this != DISMISSED;
    }
}
