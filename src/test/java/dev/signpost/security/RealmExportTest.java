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
        realm.path("users").forEach(user -> {
            if (!user.has("serviceAccountClientId")) {
                usernames.add(user.path("username").asText());
            }
        });
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
        JsonNode client = client("signpost");
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

    @Test
    void shouldGiveTheDemoBotAConfidentialClientCredentialsOnlyClient() {
        JsonNode bot = client("signpost-bot");
        assertFalse(bot.path("publicClient").asBoolean(true), "confidential");
        assertEquals("client-secret", bot.path("clientAuthenticatorType").asText());
        assertEquals("signpost-bot-dev-secret", bot.path("secret").asText(), "the fixed demo secret docs/operations.md shows");
        assertTrue(bot.path("serviceAccountsEnabled").asBoolean(), "client-credentials grant");
        assertFalse(bot.path("standardFlowEnabled").asBoolean(true), "no browser sign-in");
        assertFalse(bot.path("implicitFlowEnabled").asBoolean(true));
        assertFalse(bot.path("directAccessGrantsEnabled").asBoolean(true), "no password grant");
        List<String> scopes = new ArrayList<>();
        bot.path("defaultClientScopes").forEach(scope -> scopes.add(scope.asText()));
        assertTrue(scopes.containsAll(List.of("profile", "roles")),
                "preferred_username and realm_access.roles in its access tokens: " + scopes);
    }

    @Test
    void shouldMakeTheBotsServiceAccountAnEngineerAndNothingMore() {
        JsonNode account = user("service-account-signpost-bot");
        assertEquals("signpost-bot", account.path("serviceAccountClientId").asText());
        assertTrue(account.path("enabled").asBoolean());
        assertFalse(account.has("credentials"), "a service account has no password");
        Set<String> roles = new TreeSet<>();
        account.path("realmRoles").forEach(role -> roles.add(role.asText()));
        roles.retainAll(Roles.ALL);
        assertEquals(Set.of(Roles.ENGINEER), roles);
    }

    @Test
    void shouldLetNoOtherClientThanTheBotUseTheClientCredentialsGrant() {
        List<String> withServiceAccounts = new ArrayList<>();
        realm.path("clients").forEach(c -> {
            if (c.path("serviceAccountsEnabled").asBoolean(false)) {
                withServiceAccounts.add(c.path("clientId").asText());
            }
        });
        assertEquals(List.of("signpost-bot"), withServiceAccounts);
    }

    @Test
    void shouldKeepEveryClientsTextsWithinWhatKeycloakStores() {
        // Keycloak refuses to import the realm at all when a client's name or description exceeds its 255-character column
        realm.path("clients").forEach(c -> {
            assertTrue(c.path("description").asText().length() <= 255, c.path("clientId").asText() + "'s description");
            assertTrue(c.path("name").asText().length() <= 255, c.path("clientId").asText() + "'s name");
        });
    }

    private static JsonNode client(String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals(clientId)) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId + " in " + REALM);
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
