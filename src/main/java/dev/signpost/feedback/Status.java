package dev.signpost.feedback;

import java.util.Optional;

/** Where a piece of feedback is: new, acknowledged, in progress, then resolved or dismissed. */
public enum Status {

    NEW("New"), ACKNOWLEDGED("Acknowledged"), IN_PROGRESS("In progress"), RESOLVED("Resolved"), DISMISSED("Dismissed");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String code() {
        return name().toLowerCase().replace('_', '-');
    }

    /** The status with this code ({@code in-progress}) or name ({@code IN_PROGRESS}). */
    public static Optional<Status> of(String value) {
        for (Status status : values()) {
            if (status.code().equals(value) || status.name().equals(value)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    public boolean open() {
        return this != RESOLVED && this != DISMISSED;
    }
}
