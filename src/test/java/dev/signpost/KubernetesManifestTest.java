package dev.signpost;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signpost.docs.ContentReadiness;
import dev.signpost.security.StartupRefusals;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.health.api.HealthGroup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * deploy/kubernetes agrees with the application it deploys: replicas, probes on the paths and port the portal
 * serves, configuration from the ConfigMap and secrets from the Secret, and every variable a pod gets is one the portal
 * (or its image's start script) reads. Plain JUnit on the committed files; KubernetesManifestIT checks that
 * kubernetes.yml is what the build generates.
 */
class KubernetesManifestTest {

    private static final Path CONFIG_MAP = KubernetesManifests.DEPLOY.resolve("configmap.yaml");
    private static final Path SECRET = KubernetesManifests.DEPLOY.resolve("secret.example.yaml");
    private static final Path KUSTOMIZATION = KubernetesManifests.DEPLOY.resolve("kustomization.yaml");
    private static final Path DOCKERFILE = Path.of("src", "main", "docker", "Dockerfile.jvm");
    /** Secrets by their variable: these must come from the Secret, never from the ConfigMap or the Deployment itself. */
    private static final List<String> SECRETS = List.of("QUARKUS_OIDC_CREDENTIALS_SECRET", "QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET",
            "QUARKUS_DATASOURCE_PASSWORD", "SIGNPOST_NOTIFICATIONS_EMAIL_UNSUBSCRIBE_SECRET", "QUARKUS_MAILER_PASSWORD");

    private static KubernetesManifests manifests;
    private static JsonNode configMap;
    private static JsonNode secret;

    @BeforeAll
    static void read() {
        manifests = KubernetesManifests.read(KubernetesManifests.COMMITTED);
        configMap = KubernetesManifests.read(CONFIG_MAP).one("ConfigMap");
        secret = KubernetesManifests.read(SECRET).one("Secret");
    }

    @Test
    void shouldDeclareADeploymentAServiceAndAnIngressAndNoFlywayJob() {
        assertEquals(Set.of("Deployment", "Service", "Ingress"), new TreeSet<>(manifests.kinds()),
                "a Job or init container for Flyway would switch Flyway off in the portal's pods, which migrate themselves");
        assertTrue(manifests.one("Deployment").path("spec").path("template").path("spec").path("initContainers").isMissingNode());
        assertFalse(manifests.env().containsKey("QUARKUS_FLYWAY_ACTIVE"), "Flyway switched off: " + manifests.env());
    }

    @Test
    void shouldRunTwoReplicasAndThreeThroughTheKustomization() {
        assertEquals(2, manifests.one("Deployment").path("spec").path("replicas").asInt());
        JsonNode kustomization = KubernetesManifests.read(KUSTOMIZATION).resources().get(0);
        JsonNode replicas = kustomization.path("replicas").get(0);
        assertEquals("signpost", replicas.path("name").asText());
        assertEquals(3, replicas.path("count").asInt());
        List<String> resources = new ArrayList<>();
        kustomization.path("resources").forEach(r -> resources.add(r.asText()));
        assertEquals(List.of("kubernetes.yml", "configmap.yaml"), resources, "the Secret template is never applied by the kustomization");
        String image = manifests.container().path("image").asText();
        assertEquals(image.substring(0, image.lastIndexOf(':')), kustomization.path("images").get(0).path("name").asText(),
                "the kustomization's image entry does not name the Deployment's image");
    }

    @Test
    void shouldProbeStartedLiveAndServingOnTheHttpPortTheImageExposes() throws IOException {
        JsonNode container = manifests.container();
        int port = container.path("ports").get(0).path("containerPort").asInt();
        assertEquals("http", container.path("ports").get(0).path("name").asText());
        assertTrue(Files.readString(DOCKERFILE).contains("\nEXPOSE " + port + "\n"), "the image does not expose " + port);
        assertEquals("/q/health/started", probe(container, "startupProbe", port));
        // liveness never depends on the database: an outage would otherwise restart every pod
        assertEquals("/q/health/live", probe(container, "livenessProbe", port));
        // readiness holds only the content check, so documentation stays up while the database is down
        String serving = ContentReadiness.class.getAnnotation(HealthGroup.class).value();
        assertEquals("/q/health/group/" + serving, probe(container, "readinessProbe", port));
        assertTrue(container.path("startupProbe").path("failureThreshold").asInt() * container.path("startupProbe").path("periodSeconds").asInt() >= 60,
                "a start on a throttled CPU takes longer than the startup probe allows");
    }

    @Test
    void shouldTakeSettingsFromTheConfigMapAndSecretsFromTheSecret() {
        // the Secret last: where both name a key, the later source wins, so a secret is never shadowed by a setting
        assertEquals(List.of(Map.entry("configMapRef", configMap.path("metadata").path("name").asText()),
                Map.entry("secretRef", secret.path("metadata").path("name").asText())), manifests.envFrom());
        Map<String, String> configEntries = KubernetesManifests.entries(configMap);
        Map<String, String> secretEntries = KubernetesManifests.entries(secret);
        assertTrue(secretEntries.keySet().containsAll(SECRETS), "the Secret template lacks " + SECRETS);
        assertEquals(List.of(), SECRETS.stream().filter(s -> configEntries.containsKey(s) || manifests.env().containsKey(s)).toList(),
                "secrets outside the Secret");
        assertEquals(List.of(), manifests.env().entrySet().stream().filter(e -> e.getValue().startsWith("secret ")
                && !e.getValue().startsWith("secret " + secret.path("metadata").path("name").asText() + "/")).toList(), "another Secret");
        assertTrue(secretEntries.values().stream().allMatch("CHANGE-ME"::equals), "the Secret template holds a value that is not a placeholder");
    }

    @Test
    void shouldSetOnlyVariablesThatThePortalOrItsImageReads() throws IOException {
        Map<String, String> pod = podEnvironment();
        PortalSettings settings = PortalSettings.read();
        Set<String> imageVariables = imageVariables();
        // a *-env setting names a variable the portal reads the secret from (docs/operations.md, "Sources")
        Set<String> named = new TreeSet<>();
        pod.forEach((name, value) -> {
            if (name.endsWith("_ENV") && settings.reads(name)) {
                named.add(value);
            }
        });
        List<String> unknown = pod.keySet().stream().filter(name -> !imageVariables.contains(name) && !named.contains(name)
                && !(settings.reads(name) && (name.startsWith("QUARKUS_") || name.startsWith("SIGNPOST_")))).sorted().toList();
        assertEquals(List.of(), unknown, "variables that neither the portal nor the image's run-java.sh reads (a typo is ignored silently)");
        assertEquals(List.of(), settings.fixedAtBuild(pod.keySet()), "these are fixed when the jar is built; set them at build time instead");
        assertTrue(named.containsAll(List.of("DOCS_GIT_TOKEN", "DOCS_WEBHOOK_SECRET")), "the source's secrets are not named: " + named);
    }

    @Test
    void shouldStartInProductionOnceThePlaceholdersAreReplacedAndNotBefore() {
        Map<String, String> asShipped = podEnvironment();
        assertFalse(refusals(asShipped).isEmpty(), "the placeholders would start a production portal");
        Map<String, String> filledIn = new HashMap<>(asShipped);
        filledIn.replaceAll((name, value) -> value.equals("CHANGE-ME") ? "k7Q2mX9vLp4Rt8Zw1Nc6Hy3Bd5Fg0Js2" : value);
        assertEquals(List.of(), refusals(filledIn));
        assertEquals("false", filledIn.get("SIGNPOST_CONTENT_ENABLED"), "the docs repository is the root source");
    }

    @Test
    void shouldGiveTheHeapHalfTheMemoryLimitAndRequestThePeakTheBenchmarksMeasured() {
        JsonNode resources = manifests.container().path("resources");
        assertEquals("50", manifests.env().get("JAVA_MAX_MEM_RATIO"));
        assertEquals("1Gi", resources.path("limits").path("memory").asText());
        assertEquals("640Mi", resources.path("requests").path("memory").asText(), "peak RSS 455-481 MiB plus headroom");
        assertFalse(resources.path("requests").path("cpu").asText().isEmpty());
        JsonNode pod = manifests.one("Deployment").path("spec").path("template").path("spec");
        assertTrue(pod.path("terminationGracePeriodSeconds").asInt() > 30, "shutdown needs more than the preStop pause");
        assertEquals("/deployments/data", manifests.container().path("volumeMounts").get(0).path("mountPath").asText());
    }

    private static String probe(JsonNode container, String probe, int port) {
        JsonNode get = container.path(probe).path("httpGet");
        assertEquals(port, get.path("port").asInt(), probe + " port");
        return get.path("path").asText();
    }

    /** What a pod's environment holds: the ConfigMap, the Secret, and the Deployment's own variables over both. */
    private static Map<String, String> podEnvironment() {
        Map<String, String> pod = new LinkedHashMap<>(KubernetesManifests.entries(configMap));
        pod.putAll(KubernetesManifests.entries(secret));
        pod.putAll(manifests.env());
        return pod;
    }

    private static List<String> refusals(Map<String, String> environment) {
        SmallRyeConfig config = PortalSettings.launchConfig(environment);
        return StartupRefusals.refusals(key -> config.getOptionalValue(key, String.class));
    }

    /** Variables the image's start script reads, as the Dockerfile lists them ("# - NAME: ...") or sets them (ENV). */
    private static Set<String> imageVariables() throws IOException {
        Set<String> names = new TreeSet<>();
        Matcher listed = Pattern.compile("^(?:# - |ENV )([A-Z][A-Z0-9_]+)[:=]", Pattern.MULTILINE).matcher(Files.readString(DOCKERFILE));
        while (listed.find()) {
            names.add(listed.group(1));
        }
        assertTrue(names.contains("JAVA_MAX_MEM_RATIO"), "the Dockerfile's list of variables was not found: " + names);
        return names;
    }
}
