package dev.signpost.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

/**
 * The four demo accounts of the local sign-in, the same as the Keycloak realm's: the password is the user name.
 * They exist so that every role can be tried without Keycloak; production refuses to start with local sign-in on.
 */
public final class DemoAccounts {

    /** Roles in {@link Roles#ALL} order; teams are the {@code owner} names of the content the account's teams own. */
    public record Account(String username, String displayName, List<String> roles, List<String> teams) {

        /** The account's address, the same as in the Keycloak realm (example.org receives nothing). */
        public String email() {
            return username + "@example.org";
        }
    }

    public static final List<Account> ALL = List.of(
            new Account("alice", "Alice Engineer", List.of(Roles.ENGINEER), List.of("qa")),
            new Account("sam", "Sam Sigmember", List.of(Roles.ENGINEER, Roles.SIG_MEMBER), List.of("ci-platform", "release-engineering")),
            new Account("maya", "Maya Manager", List.of(Roles.ENGINEER, Roles.MANAGER), List.of("developer-experience")),
            new Account("ada", "Ada Admin", List.of(Roles.ENGINEER, Roles.SIG_MEMBER, Roles.MANAGER, Roles.ADMIN), List.of()));

    private DemoAccounts() {
    }

    public static Optional<Account> find(String username) {
        return ALL.stream().filter(a -> a.username().equals(username)).findFirst();
    }

    /** The account when the password is right; empty for an unknown user or a wrong password alike. */
    public static Optional<Account> verify(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        Optional<Account> account = find(username.strip());
        byte[] expected = account.map(Account::username).orElse("\u0000").getBytes(StandardCharsets.UTF_8);
        boolean matches = MessageDigest.isEqual(expected, password.getBytes(StandardCharsets.UTF_8));
        return matches ? account : Optional.empty();
    }
}
