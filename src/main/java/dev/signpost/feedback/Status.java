package dev.signpost.feedback;

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

    public boolean open() {
        return this != RESOLVED && this != DISMISSED;
    }
}
