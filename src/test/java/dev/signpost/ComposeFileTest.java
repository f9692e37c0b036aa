package dev.signpost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.config.SmallRyeConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * docker-compose.yml agrees with the application it starts: every variable it sets is one the portal reads, the
 * services find each other, and nothing in it switches on what production must not have. Plain JUnit: no container
 * runs here, so the file is checked against the code and the real configuration instead.
 */
class ComposeFileTest {

    private static final Path REALM_EXPORT = Path.of("deploy", "keycloak", "signpost-realm.json");
    private static final String KEYCLOAK_IMPORT_DIR = "/opt/keycloak/data/import/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ComposeFile compose;
    private static Map<String, String> signpostEnv;

    @BeforeAll
    static void read() {
        compose = ComposeFile.read();
        signpostEnv = compose.environment("signpost");
    }

    @Test
    void shouldDeclareThePostgresKeycloakAndSignpostServices() {
        assertTrue(compose.serviceNames().containsAll(List.of("postgres", "keycloak", "signpost")),
                "services: " + compose.serviceNames());
    }

    @Test
    void shouldSetOnlyQuarkusAndSignpostVariablesThatThePortalReads() {
        assertEquals(List.of(), PortalSettings.read().unknown(signpostEnv.keySet()), "variables that match no Quarkus property, "
                + "no key of application.properties and no @ConfigMapping or @ConfigProperty of the portal (a typo is ignored "
                + "silently at run time)");
    }

    @Test
    void shouldSetNoBuildTimePropertyThatThePackagedJarWouldIgnore() {
        assertEquals(List.of(), PortalSettings.read().fixedAtBuild(signpostEnv.keySet()),
                "these are fixed when the jar is built; set them at build time instead");
    }

    @Test
    void shouldNotEnableLocalSignInForTheSignpostService() {
        SmallRyeConfig config = compose.launchConfig("signpost");
        assertTrue(config.getProfiles().contains("prod"), "the portal runs in the prod profile, not " + config.getProfiles());
        assertFalse(config.getOptionalValue("signpost.security.local-sign-in.enabled", Boolean.class).orElse(false),
                "local sign-in with the demo accounts is switched on");
        String jvmOptions = signpostEnv.getOrDefault("JAVA_OPTS", "") + " " + signpostEnv.getOrDefault("JAVA_OPTS_APPEND", "")
                + " " + compose.service("signpost").path("command") + " " + compose.service("signpost").path("entrypoint");
        assertFalse(jvmOptions.contains("local-sign-in"), "a JVM option touches local sign-in: " + jvmOptions);
        assertFalse(jvmOptions.contains("quarkus.profile"), "a JVM option picks another profile: " + jvmOptions);
    }

    @Test
    void shouldLogIntoThePostgresServiceWithTheDatabaseAndUserItCreates() {
        URI jdbc = URI.create(signpostEnv.get("QUARKUS_DATASOURCE_JDBC_URL").replaceFirst("^jdbc:", ""));
        Map<String, String> postgres = compose.environment("postgres");
        assertEquals("postgresql", jdbc.getScheme());
        assertEquals("postgres", jdbc.getHost(), "the JDBC URL names the compose service");
        assertEquals(5432, jdbc.getPort());
        assertEquals("/" + postgres.get("POSTGRES_DB"), jdbc.getPath());
        assertEquals(postgres.get("POSTGRES_USER"), signpostEnv.get("QUARKUS_DATASOURCE_USERNAME"));
        assertEquals(postgres.get("POSTGRES_PASSWORD"), signpostEnv.get("QUARKUS_DATASOURCE_PASSWORD"));
    }

    @Test
    void shouldKeepPostgresDataInANamedVolume() {
        ComposeFile.Mount data = compose.mounts("postgres").stream()
                .filter(m -> m.target().equals("/var/lib/postgresql/data")).findFirst()
                .orElseThrow(() -> new AssertionError("nothing is mounted at /var/lib/postgresql/data (postgres 16/17 layout)"));
        assertFalse(data.source().isEmpty() || data.source().startsWith(".") || data.source().startsWith("/"),
                "the database lives in a bind mount or an anonymous volume: " + data);
        assertTrue(compose.root().path("volumes").has(data.source()), "volume " + data.source() + " is not declared under volumes:");
    }

    @Test
    void shouldImportTheRealmExportFromTheRepositoryReadOnly() {
        ComposeFile.Mount realm = realmMount();
        Path source = Path.of(realm.source()).normalize();
        assertTrue(source.equals(REALM_EXPORT) || Files.isRegularFile(source),
                "the realm file mounted into Keycloak is neither in the repository nor " + REALM_EXPORT + ": " + source);
        assertTrue(realm.target().endsWith(".json"), "Keycloak imports *.json files only: " + realm.target());
        assertTrue(realm.readOnly(), "the realm export is mounted writable");
        String command = compose.service("keycloak").path("command").toString();
        assertTrue(command.contains("start-dev") && command.contains("--import-realm"), "keycloak command: " + command);
    }

    @Test
    void shouldUseTheRealmClientAndSecretOfTheRealmExport() throws IOException {
        Path source = Path.of(realmMount().source()).normalize();
        assumeTrue(Files.isRegularFile(source), "the realm export is not in this checkout yet: " + source);
        JsonNode realm = JSON.readTree(source.toFile());
        assertEquals("signpost", realm.path("realm").asText());
        assertEquals("/realms/" + realm.path("realm").asText(), URI.create(signpostEnv.get("QUARKUS_OIDC_AUTH_SERVER_URL")).getPath());
        JsonNode client = null;
        for (JsonNode candidate : realm.path("clients")) {
            if (candidate.path("clientId").asText().equals(signpostEnv.get("QUARKUS_OIDC_CLIENT_ID"))) {
                client = candidate;
            }
        }
        assertNotNull(client, "the realm has no client " + signpostEnv.get("QUARKUS_OIDC_CLIENT_ID"));
        assertFalse(client.path("publicClient").asBoolean(false), "the portal is a confidential client");
        assertEquals(client.path("secret").asText(), signpostEnv.get("QUARKUS_OIDC_CREDENTIALS_SECRET"));
        List<String> redirects = new ArrayList<>();
        client.path("redirectUris").forEach(uri -> redirects.add(uri.asText()));
        assertTrue(redirects.stream().anyMatch(uri -> uri.startsWith("http://localhost:8080/")),
                "Keycloak would refuse to send the browser back to the portal on localhost:8080: " + redirects);
    }

    @Test
    void shouldReachKeycloakInsideTheNetworkWhileTokensNameTheBrowsersUrl() {
        URI server = URI.create(signpostEnv.get("QUARKUS_OIDC_AUTH_SERVER_URL"));
        Map<String, String> keycloak = compose.environment("keycloak");
        int keycloakPort = Integer.parseInt(keycloak.getOrDefault("KC_HTTP_PORT", "8080"));
        assertEquals("keycloak", server.getHost(), "the portal reaches Keycloak by its service name");
        assertEquals(keycloakPort, server.getPort(), "the portal uses Keycloak's port inside the network");
        assertEquals("/realms/signpost", server.getPath());

        URI hostname = URI.create(keycloak.getOrDefault("KC_HOSTNAME", ""));
        assertNotNull(hostname.getScheme(), "KC_HOSTNAME must be a full URL when the backchannel is dynamic: " + hostname);
        assertEquals("true", keycloak.get("KC_HOSTNAME_BACKCHANNEL_DYNAMIC"),
                "without a dynamic backchannel the portal would be told to call the browser's URL for tokens");
        assertTrue(Set.of("localhost", "127.0.0.1").contains(hostname.getHost()), "browser URL: " + hostname);
        assertEquals(keycloakPort, compose.publishedPorts("keycloak").get(hostname.getPort()),
                "KC_HOSTNAME's port is not the one compose publishes for Keycloak");
    }

    @Test
    void shouldBuildTheSignpostImageFromTheJvmDockerfile() throws IOException {
        JsonNode build = compose.service("signpost").path("build");
        Path dockerfile = Path.of(build.path("context").asText(".")).resolve(build.path("dockerfile").asText("Dockerfile")).normalize();
        assertTrue(Files.isRegularFile(dockerfile), "no Dockerfile at " + dockerfile);
        String text = Files.readString(dockerfile);
        assertTrue(text.contains("target/quarkus-app/"), "the image does not copy the fast-jar");
        assertTrue(Pattern.compile("^USER 185$", Pattern.MULTILINE).matcher(text).find(), "the image does not run as user 185");
        assertTrue(Pattern.compile("^EXPOSE 8080$", Pattern.MULTILINE).matcher(text).find(), "the image does not expose 8080");
        assertEquals("/deployments/content", dockerfileEnv(text, "SIGNPOST_CONTENT_DIR"));
    }

    @Test
    void shouldMountTheContentFolderReadOnlyWhereThePortalReadsIt() throws IOException {
        JsonNode build = compose.service("signpost").path("build");
        String dockerfile = Files.readString(Path.of(build.path("context").asText(".")).resolve(build.path("dockerfile").asText()));
        String contentDir = signpostEnv.getOrDefault("SIGNPOST_CONTENT_DIR", dockerfileEnv(dockerfile, "SIGNPOST_CONTENT_DIR"));
        ComposeFile.Mount content = compose.mounts("signpost").stream().filter(m -> m.target().equals(contentDir)).findFirst()
                .orElseThrow(() -> new AssertionError("nothing is mounted at the content folder " + contentDir));
        assertEquals(Path.of("content"), Path.of(content.source()).normalize());
        assertTrue(Files.isDirectory(Path.of(content.source())), "no folder " + content.source());
        assertTrue(content.readOnly(), "the portal only reads its content");
    }

    @Test
    void shouldStartSignpostOnlyOnceItsDatabaseAndKeycloakAreHealthy() {
        JsonNode dependsOn = compose.service("signpost").path("depends_on");
        for (String service : List.of("postgres", "keycloak")) {
            assertEquals("service_healthy", dependsOn.path(service).path("condition").asText(), "depends_on " + service);
            assertFalse(compose.service(service).path("healthcheck").path("test").isMissingNode(), service + " has no healthcheck");
        }
    }

    @Test
    void shouldCheckHealthWhereEachServiceReportsIt() {
        String postgres = compose.service("postgres").path("healthcheck").path("test").toString();
        assertTrue(postgres.contains("pg_isready"), "postgres healthcheck: " + postgres);

        String keycloak = compose.service("keycloak").path("healthcheck").path("test").toString();
        assertTrue(keycloak.contains("/9000") && keycloak.contains("/health/ready"), "keycloak healthcheck: " + keycloak);
        assertEquals("true", compose.environment("keycloak").get("KC_HEALTH_ENABLED"), "Keycloak serves no health endpoints");

        String signpost = compose.service("signpost").path("healthcheck").path("test").toString();
        String port = signpostEnv.getOrDefault("QUARKUS_HTTP_PORT", "8080");
        assertTrue(signpost.contains("/" + port) && signpost.contains("/q/health/ready"), "signpost healthcheck: " + signpost);
        assertTrue(compose.publishedPorts("signpost").containsValue(Integer.parseInt(port)), "the portal's port is not published");
    }

    private static ComposeFile.Mount realmMount() {
        return compose.mounts("keycloak").stream().filter(m -> m.target().startsWith(KEYCLOAK_IMPORT_DIR)).findFirst()
                .orElseThrow(() -> new AssertionError("nothing is mounted into " + KEYCLOAK_IMPORT_DIR));
    }

    private static String dockerfileEnv(String dockerfile, String name) {
        Matcher env = Pattern.compile("^ENV " + name + "=\"?([^\"\\s]+)\"?$", Pattern.MULTILINE).matcher(dockerfile);
        assertTrue(env.find(), "the Dockerfile sets no " + name);
        return env.group(1);
    }
}
