package dev.signpost.security;

/**
 * Something that happened to an account (signed in, signed out, a failed sign-in), fired as a CDI event so that the
 * audit log can record it without this package knowing about it.
 */
public record AccountEvent(String username, Kind kind, String detail) {

    public enum Kind {
        SIGNED_IN("signed-in"), SIGNED_OUT("signed-out"), SIGN_IN_FAILED("sign-in-failed");

        private final String action;

        Kind(String action) {
            this.action = action;
        }

        public String action() {
            return action;
        }
    }
}
