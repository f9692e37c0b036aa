package dev.signpost.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The realm export that docker-compose and CI import offers the same demo accounts as the local sign-in: the four
 * roles, each user with the roles DESIGN.md gives them and the password set to the user name. Checked without
 * Keycloak, so a drift shows in the first CI stage and not only in the Keycloak one.
 */
class RealmExportTest {

    private static final Path REALM = Path.of("deploy/keycloak/signpost-realm.json");
    private static JsonNode realm;

    @BeforeAll
    static void read() throws IOException {
        realm = new ObjectMapper().readTree(REALM.toFile());
    }

    @Test
    void shouldDeclareExactlyThePortalsFourRealmRoles() {
        List<String> roles = new ArrayList<>();
        realm.path("roles").path("realm").forEach(role -> roles.add(role.path("name").asText()));
        assertEquals(new TreeSet<>(Roles.ALL), new TreeSet<>(roles));
    }

    @Test
    void shouldHaveEveryDemoAccountWithItsRolesTeamsAndPasswordEqualToTheName() {
        List<String> usernames = new ArrayList<>();
        realm.path("users").forEach(user -> usernames.add(user.path("username").asText()));
        assertEquals(DemoAccounts.ALL.stream().map(DemoAccounts.Account::username).toList(), usernames);
        for (DemoAccounts.Account account : DemoAccounts.ALL) {
            JsonNode user = user(account.username());
            Set<String> roles = new TreeSet<>();
            user.path("realmRoles").forEach(role -> roles.add(role.asText()));
            roles.retainAll(Roles.ALL);
            assertEquals(new TreeSet<>(account.roles()), roles, account.username() + "'s roles");
            JsonNode password = user.path("credentials").get(0);
            assertEquals("password", password.path("type").asText());
            assertEquals(account.username(), password.path("value").asText(), account.username() + "'s password");
            assertFalse(password.path("temporary").asBoolean(true), "no password change asked at first sign-in");
            assertTrue(user.path("enabled").asBoolean() && user.path("requiredActions").isEmpty(), account.username());
            Set<String> teams = new TreeSet<>();
            user.path("groups").forEach(group -> teams.add(group.asText().substring(group.asText().lastIndexOf('/') + 1)));
            assertEquals(new TreeSet<>(account.teams()), teams, account.username() + "'s teams");
        }
    }

    @Test
    void shouldGiveThePortalAConfidentialCodeFlowClientThatMaySignOutToItsOwnPages() {
        JsonNode client = null;
        for (JsonNode c : realm.path("clients")) {
            if (c.path("clientId").asText().equals("signpost")) {
                client = c;
            }
        }
        assertNotNull(client, "client signpost");
        assertFalse(client.path("publicClient").asBoolean(true), "confidential");
        assertTrue(client.path("standardFlowEnabled").asBoolean(), "authorization-code flow");
        assertFalse(client.path("implicitFlowEnabled").asBoolean(true));
        assertFalse(client.path("directAccessGrantsEnabled").asBoolean(true), "no password grant");
        List<String> redirects = new ArrayList<>();
        client.path("redirectUris").forEach(uri -> redirects.add(uri.asText()));
        // the portal under docker compose and in dev mode, and the code-flow test's fixed port
        assertTrue(redirects.containsAll(List.of("http://localhost:8080/*", "http://127.0.0.1:8081/*")), redirects.toString());
        assertEquals("+", client.path("attributes").path("post.logout.redirect.uris").asText(),
                "sign-out may return to /signout/done on any address the redirect URIs allow");
    }

    private static JsonNode user(String username) {
        for (JsonNode user : realm.path("users")) {
            if (user.path("username").asText().equals(username)) {
                return user;
            }
        }
        throw new AssertionError("no user " + username + " in " + REALM);
    }
}
