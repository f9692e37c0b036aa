package dev.signpost.web;

/**
 * A change that cannot be made, with the HTTP status that says why (400, 403, 404, 409 ...) and a message for people.
 * Every feature refuses this way; a resource that can re-render its form with what was typed catches it, and any other
 * ends in {@link RefusalPage}.
 */
public class Refusal extends RuntimeException {

    private final int status;

    public Refusal(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
