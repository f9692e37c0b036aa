package dev.signpost.actions;

/** An action item change that cannot be made, with the HTTP status that says why and a message for people. */
public class ActionRejected extends RuntimeException {

    private final int status;

    public ActionRejected(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
