package dev.signpost.feedback;

/** Feedback the user can fix (a reason that does not fit, a comment too long) or must wait for (too many comments). */
public class FeedbackRejected extends RuntimeException {

    private final int status;

    FeedbackRejected(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
