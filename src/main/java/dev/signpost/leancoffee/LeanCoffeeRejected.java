package dev.signpost.leancoffee;

/** Something a Lean Coffee session cannot do now, with the HTTP status that says why and a message for people. */
public class LeanCoffeeRejected extends RuntimeException {

    private final int status;

    public LeanCoffeeRejected(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
