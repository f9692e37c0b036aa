package dev.signpost.security;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged jar, started in production, refuses unsafe or missing settings with a message naming the variables,
 * and no stack trace.
 */
class StartupRefusalIT {

    private static final Map<String, String> COMPLETE = Map.of(
            "QUARKUS_OIDC_AUTH_SERVER_URL", "http://127.0.0.1:9/realms/signpost",
            "QUARKUS_OIDC_CLIENT_ID", "signpost",
            "QUARKUS_OIDC_CREDENTIALS_SECRET", "secret",
            "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:9/signpost",
            "SIGNPOST_NOTIFICATIONS_EMAIL_UNSUBSCRIBE_SECRET", "k7Q2mX9vLp4Rt8Zw1Nc6Hy3Bd5Fg0Js2",
            "QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET", "Vt5Lq0Zr8Nw2Hc7Ks4Py1Dg6Fm3Bx9Ja");

    record Run(int exitCode, String output) {
    }

    @Test
    void shouldRefuseToStartWithoutKeycloakAndDatabaseSettings() throws Exception {
        Run run = start(Map.of(), List.of());
        assertAll(
                () -> assertEquals(2, run.exitCode()),
                () -> assertTrue(run.output().contains("Signpost will not start in production"), run.output()),
                () -> assertTrue(run.output().contains("QUARKUS_OIDC_AUTH_SERVER_URL, QUARKUS_OIDC_CLIENT_ID, "
                        + "QUARKUS_OIDC_CREDENTIALS_SECRET, QUARKUS_DATASOURCE_JDBC_URL"), run.output()),
                () -> assertFalse(run.output().contains("\tat "), "no stack trace:\n" + run.output()));
    }

    @Test
    void shouldNameOnlyTheMissingVariable() throws Exception {
        Map<String, String> env = new java.util.HashMap<>(COMPLETE);
        env.remove("QUARKUS_OIDC_CREDENTIALS_SECRET");
        Run run = start(env, List.of());
        assertEquals(2, run.exitCode());
        assertTrue(run.output().contains("set QUARKUS_OIDC_CREDENTIALS_SECRET\n"), run.output());
    }

    @Test
    void shouldRefuseLocalSignInInProductionEvenWithEverythingElseSet() throws Exception {
        Run run = start(COMPLETE, List.of("-Dsignpost.security.local-sign-in.enabled=true"));
        assertEquals(2, run.exitCode());
        assertTrue(run.output().contains("local sign-in with the demo accounts is enabled"), run.output());
        assertFalse(run.output().contains("\tat "), run.output());
    }

    @Test
    void shouldRefuseLocalSignInSetThroughTheEnvironment() throws Exception {
        Map<String, String> env = new java.util.HashMap<>(COMPLETE);
        env.put("SIGNPOST_SECURITY_LOCAL_SIGN_IN_ENABLED", "true");
        Run run = start(env, List.of());
        assertEquals(2, run.exitCode());
        assertTrue(run.output().contains("SIGNPOST_SECURITY_LOCAL_SIGN_IN_ENABLED"), run.output());
    }

    @Test
    void shouldRefuseLocalSignInSetInTheWorkingDirectorysConfigFile() throws Exception {
        // Quarkus also reads config/application.properties in the working directory; the check must see what Quarkus sees.
        Path workDir = Files.createTempDirectory("signpost-workdir");
        Files.createDirectories(workDir.resolve("config"));
        Files.writeString(workDir.resolve("config/application.properties"), "signpost.security.local-sign-in.enabled=true\n");
        Run run = start(COMPLETE, List.of(), workDir);
        assertEquals(2, run.exitCode());
        assertTrue(run.output().contains("local sign-in with the demo accounts is enabled"), run.output());
    }

    @Test
    void shouldRefuseLocalSignInSetInTheWorkingDirectorysDotEnvFile() throws Exception {
        Path workDir = Files.createTempDirectory("signpost-workdir");
        Files.writeString(workDir.resolve(".env"), "SIGNPOST_SECURITY_LOCAL_SIGN_IN_ENABLED=true\n");
        Run run = start(COMPLETE, List.of(), workDir);
        assertEquals(2, run.exitCode());
        assertTrue(run.output().contains("SIGNPOST_SECURITY_LOCAL_SIGN_IN_ENABLED"), run.output());
    }

    @Test
    void shouldTakeTheMissingSettingsFromTheWorkingDirectorysConfigFile() throws Exception {
        Path workDir = Files.createTempDirectory("signpost-workdir");
        Files.createDirectories(workDir.resolve("config"));
        Files.writeString(workDir.resolve("config/application.properties"), "quarkus.oidc.credentials.secret=secret\n");
        Map<String, String> env = new java.util.HashMap<>(COMPLETE);
        env.remove("QUARKUS_OIDC_CREDENTIALS_SECRET");
        env.put("SIGNPOST_SECURITY_LOCAL_SIGN_IN_ENABLED", "true");
        Run run = start(env, List.of(), workDir);
        assertEquals(2, run.exitCode());
        assertFalse(run.output().contains("QUARKUS_OIDC_CREDENTIALS_SECRET\n"), "the secret is set in config/application.properties:\n"
                + run.output());
    }

    private static Run start(Map<String, String> env, List<String> jvmArgs) throws IOException, InterruptedException {
        return start(env, jvmArgs, null);
    }

    private static Run start(Map<String, String> env, List<String> jvmArgs, Path workDir) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("signpost.app.jar", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
        assertTrue(Files.exists(jar), "packaged app at " + jar);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-Dquarkus.http.port=0");
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (workDir != null) {
            builder.directory(workDir.toFile());
        }
        builder.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("SIGNPOST_"));
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Signpost started instead of refusing");
        }
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
