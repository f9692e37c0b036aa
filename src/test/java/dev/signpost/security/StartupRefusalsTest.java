package dev.signpost.security;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StartupRefusalsTest {

    private static Map<String, String> complete() {
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.oidc.auth-server-url", "https://sso.example/realms/signpost");
        config.put("quarkus.oidc.client-id", "signpost");
        config.put("quarkus.oidc.credentials.secret", "s3cret");
        config.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://db/signpost");
        config.put("signpost.notifications.email.unsubscribe-secret", "k7Q2mX9vLp4Rt8Zw1Nc6Hy3Bd5Fg0Js2");
        config.put("quarkus.oidc.token-state-manager.encryption-secret", "Vt5Lq0Zr8Nw2Hc7Ks4Py1Dg6Fm3Bx9Ja");
        return config;
    }

    private static List<String> refusals(Map<String, String> config) {
        return StartupRefusals.refusals(key -> Optional.ofNullable(config.get(key)));
    }

    @Test
    void shouldStartWithCompleteProductionSettings() {
        assertEquals(List.of(), refusals(complete()));
    }

    @Test
    void shouldRefuseLocalSignInInProduction() {
        Map<String, String> config = complete();
        config.put("signpost.security.local-sign-in.enabled", "TRUE ");
        List<String> refusals = refusals(config);
        assertEquals(1, refusals.size());
        assertTrue(refusals.get(0).contains("SIGNPOST_SECURITY_LOCAL_SIGN_IN_ENABLED"));
    }

    @Test
    void shouldNameEveryMissingOrBlankVariable() {
        Map<String, String> config = complete();
        config.remove("quarkus.oidc.client-id");
        config.put("quarkus.oidc.credentials.secret", "  ");
        List<String> refusals = refusals(config);
        assertEquals(1, refusals.size());
        assertTrue(refusals.get(0).endsWith("set QUARKUS_OIDC_CLIENT_ID, QUARKUS_OIDC_CREDENTIALS_SECRET"), refusals.get(0));
    }

    @Test
    void shouldRefuseWithoutAKeyForTheUnsubscribeLinksOrWithAShortOne() {
        Map<String, String> config = complete();
        config.remove("signpost.notifications.email.unsubscribe-secret");
        List<String> refusals = refusals(config);
        assertEquals(1, refusals.size());
        assertTrue(refusals.get(0).contains("is not set") && refusals.get(0).contains("SIGNPOST_NOTIFICATIONS_EMAIL_UNSUBSCRIBE_SECRET"),
                refusals.get(0));

        config.put("signpost.notifications.email.unsubscribe-secret", "  short  ");
        refusals = refusals(config);
        assertEquals(1, refusals.size());
        assertTrue(refusals.get(0).contains("is too short"), refusals.get(0));
    }

    @Test
    void shouldReportBothProblemsAtOnce() {
        Map<String, String> config = new HashMap<>();
        config.put("signpost.security.local-sign-in.enabled", "true");
        String message = StartupRefusals.message(refusals(config));
        assertTrue(message.contains("local sign-in") && message.contains("QUARKUS_OIDC_AUTH_SERVER_URL")
                && message.contains("QUARKUS_DATASOURCE_JDBC_URL"), message);
    }

    @Test
    void shouldRefuseWithoutAnEncryptionKeyForTheKeycloakSessionCookie() {
        Map<String, String> config = complete();
        config.remove("quarkus.oidc.token-state-manager.encryption-secret");
        List<String> refusals = refusals(config);
        assertEquals(1, refusals.size(), refusals.toString());
        String refusal = refusals.get(0);
        assertTrue(refusal.contains("Keycloak session cookie") && refusal.contains("is not set")
                && refusal.contains("QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET")
                && refusal.contains("every instance") && refusal.contains("openssl rand -base64 32"), refusal);
    }

    @Test
    void shouldRefuseAnEncryptionKeyShorterThan32CharactersEvenWhenTheClientSecretIsLong() {
        Map<String, String> config = complete();
        config.put("quarkus.oidc.credentials.secret", "a-client-secret-that-is-long-enough-to-derive-a-key");
        config.put("quarkus.oidc.token-state-manager.encryption-secret", " 0123456789012345678901234567890 ");
        List<String> refusals = refusals(config);
        assertEquals(1, refusals.size(), refusals.toString());
        assertTrue(refusals.get(0).contains("is too short") && refusals.get(0).contains("encryption-secret"), refusals.get(0));

        config.put("quarkus.oidc.token-state-manager.encryption-secret", "01234567890123456789012345678901");
        assertEquals(List.of(), refusals(config));
    }

    @Test
    void shouldNameEverySharedKeyThatIsMissingInOneMessage() {
        Map<String, String> config = complete();
        config.remove("quarkus.oidc.token-state-manager.encryption-secret");
        config.remove("signpost.notifications.email.unsubscribe-secret");
        List<String> refusals = refusals(config);
        assertEquals(2, refusals.size(), refusals.toString());
        String message = StartupRefusals.message(refusals);
        assertTrue(message.contains("QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET")
                && message.contains("SIGNPOST_NOTIFICATIONS_EMAIL_UNSUBSCRIBE_SECRET"), message);
    }
}
