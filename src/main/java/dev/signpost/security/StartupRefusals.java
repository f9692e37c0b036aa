package dev.signpost.security;

import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Production refuses to start with settings that would make it unsafe or half-working: the demo accounts' local
 * sign-in switched on, Keycloak and the database not configured, or a key that every instance must share missing (see
 * {@link #SHARED_KEYS}). Checked by {@link dev.signpost.SignpostMain} before Quarkus starts, so the operator reads one
 * message naming the variables to set. Every production start is checked, not only one that says it has company: an
 * instance cannot know it is alone (a second replica, or the old and the new one side by side in a rolling restart).
 */
public final class StartupRefusals {

    static final String UNSUBSCRIBE_SECRET = "signpost.notifications.email.unsubscribe-secret";
    static final String OIDC_ENCRYPTION_SECRET = "quarkus.oidc.token-state-manager.encryption-secret";
    static final int MIN_SECRET_LENGTH = 32;

    /**
     * Keys that must be the same on every instance and kept across restarts, with what each protects. Without the OIDC
     * one, Quarkus encrypts the session cookie with a key derived from the client secret: shared, but a credential that
     * is also sent to Keycloak, and rotating it would end every session; a key of its own keeps the two apart.
     */
    static final List<SharedKey> SHARED_KEYS = List.of(
            new SharedKey(OIDC_ENCRYPTION_SECRET, "QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET",
                    "the key that encrypts the Keycloak session cookie",
                    "a person signed in through one instance must stay signed in on every other and after a restart"),
            new SharedKey(UNSUBSCRIBE_SECRET, "SIGNPOST_NOTIFICATIONS_EMAIL_UNSUBSCRIBE_SECRET",
                    "the key that signs the unsubscribe links in emails",
                    "links in emails must keep working across restarts and instances"));

    /** Settings production needs, with the environment variable an operator sets for each. */
    static final Map<String, String> REQUIRED_IN_PROD = requiredInProd();

    private StartupRefusals() {
    }

    /** Loads the application's classes when, and only when, it runs from the packaged jar (quarkus-run.jar). */
    private static final String PACKAGED_RUNNER = "io.quarkus.bootstrap.runner.RunnerClassLoader";

    /**
     * The refusals for this launch: none unless it is a packaged run in the {@code prod} profile. Dev mode also calls
     * the main method, before Quarkus has set its launch mode, so the class loader tells a packaged run apart.
     */
    public static List<String> atLaunch() {
        if (!PACKAGED_RUNNER.equals(StartupRefusals.class.getClassLoader().getClass().getName())) {
            return List.of();
        }
        SmallRyeConfig config = launchConfig();
        if (!config.getProfiles().contains("prod")) {
            return List.of();
        }
        return refusals(key -> config.getOptionalValue(key, String.class));
    }

    public static String message(List<String> refusals) {
        return "Signpost will not start in production:\n  - " + String.join("\n  - ", refusals)
                + "\nEvery setting is described in docs/operations.md.";
    }

    /** What is wrong with a production configuration; empty when it may start. */
    static List<String> refusals(Function<String, Optional<String>> config) {
        List<String> refusals = new ArrayList<>();
        if (config.apply("signpost.security.local-sign-in.enabled").map(v -> v.strip().equalsIgnoreCase("true")).orElse(false)) {
            refusals.add("local sign-in with the demo accounts is enabled (signpost.security.local-sign-in.enabled, "
                    + "SIGNPOST_SECURITY_LOCAL_SIGN_IN_ENABLED). It exists for development and demos; production signs "
                    + "people in with Keycloak. Remove the setting, or run a demo build with -Dquarkus.profile=demo.");
        }
        List<String> missing = REQUIRED_IN_PROD.entrySet().stream()
                .filter(e -> config.apply(e.getKey()).filter(v -> !v.isBlank()).isEmpty())
                .map(Map.Entry::getValue).toList();
        if (!missing.isEmpty()) {
            refusals.add("Keycloak and PostgreSQL are not configured; set " + String.join(", ", missing));
        }
        for (SharedKey key : SHARED_KEYS) {
            String value = config.apply(key.property()).map(String::strip).orElse("");
            if (value.length() < MIN_SECRET_LENGTH) {
                refusals.add(key.what() + " is " + (value.isEmpty() ? "not set" : "too short") + " (" + key.property() + ", "
                        + key.variable() + "). " + capitalized(key.why()) + ": set the same random value of at least "
                        + MIN_SECRET_LENGTH + " characters on every instance, e.g. from `openssl rand -base64 32`.");
            }
        }
        return refusals;
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A key every instance must share: its property, the environment variable that sets it, what it protects and why. */
    record SharedKey(String property, String variable, String what, String why) {
    }

    /**
     * The configuration Quarkus will see, from the same sources: system properties, environment, {@code .env} and
     * {@code config/application.properties} in the working directory, and the packaged application.properties.
     */
    private static SmallRyeConfig launchConfig() {
        ClassLoader loader = StartupRefusals.class.getClassLoader();
        String profile = new SmallRyeConfigBuilder().forClassLoader(loader).addDefaultSources().build()
                .getOptionalValue("quarkus.profile", String.class).orElse("prod");
        return new SmallRyeConfigBuilder().forClassLoader(loader).addDefaultInterceptors().addDefaultSources()
                .withProfile(profile).build();
    }

    private static Map<String, String> requiredInProd() {
        Map<String, String> required = new LinkedHashMap<>();
        required.put("quarkus.oidc.auth-server-url", "QUARKUS_OIDC_AUTH_SERVER_URL");
        required.put("quarkus.oidc.client-id", "QUARKUS_OIDC_CLIENT_ID");
        required.put("quarkus.oidc.credentials.secret", "QUARKUS_OIDC_CREDENTIALS_SECRET");
        required.put("quarkus.datasource.jdbc.url", "QUARKUS_DATASOURCE_JDBC_URL");
        return Collections.unmodifiableMap(required);
    }
}
