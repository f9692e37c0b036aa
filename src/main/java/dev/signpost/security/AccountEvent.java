package dev.signpost.security;

import java.util.List;

/**
 * Something that happened to an account (signed in, signed out, a failed sign-in), fired as a CDI event so that the
 * audit log and the people directory can record it without this package knowing about them. A sign-in carries the
 * display name and teams the identity gave; other events carry the user name only.
 */
public record AccountEvent(String username, Kind kind, String detail, String displayName, List<String> teams, String email) {

    public AccountEvent {
        teams = teams == null ? List.of() : List.copyOf(teams);
    }

    public AccountEvent(String username, Kind kind, String detail) {
        this(username, kind, detail, null, List.of(), null);
    }

    /** A successful sign-in, with who the identity says the person is (the email address may be null). */
    public static AccountEvent signedIn(String username, String displayName, java.util.Collection<String> teams, String email, String how) {
        return new AccountEvent(username, Kind.SIGNED_IN, how, displayName, List.copyOf(teams), email);
    }

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
