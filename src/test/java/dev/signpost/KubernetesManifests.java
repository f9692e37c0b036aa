package dev.signpost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A file of Kubernetes manifests (several YAML documents) as the tests read it: the resources by kind and name, the
 * portal's container, and the environment a pod gets from the Deployment, its ConfigMap and its Secret.
 */
public record KubernetesManifests(List<JsonNode> resources) {

    public static final Path DEPLOY = Path.of("deploy", "kubernetes");
    public static final Path COMMITTED = DEPLOY.resolve("kubernetes.yml");
    public static final Path GENERATED = Path.of("target", "kubernetes", "kubernetes.yml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    public static KubernetesManifests read(Path file) {
        List<JsonNode> resources = new ArrayList<>();
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document != null && !document.isEmpty()) {
                    resources.add(document);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + " cannot be read or parsed", e);
        }
        return new KubernetesManifests(List.copyOf(resources));
    }

    /** The one resource of this kind, whatever its name; fails when there is none or several. */
    public JsonNode one(String kind) {
        List<JsonNode> matches = resources.stream().filter(r -> r.path("kind").asText().equals(kind)).toList();
        assertEquals(1, matches.size(), "resources of kind " + kind + ": " + matches.size());
        return matches.get(0);
    }

    public List<String> kinds() {
        return resources.stream().map(r -> r.path("kind").asText()).toList();
    }

    /** The portal's container in the Deployment. */
    public JsonNode container() {
        JsonNode containers = one("Deployment").path("spec").path("template").path("spec").path("containers");
        assertEquals(1, containers.size(), "containers in the Deployment");
        return containers.get(0);
    }

    /** The container's {@code envFrom}: "configMapRef" or "secretRef" with the name each refers to. */
    public List<Map.Entry<String, String>> envFrom() {
        List<Map.Entry<String, String>> sources = new ArrayList<>();
        for (JsonNode source : container().path("envFrom")) {
            source.fields().forEachRemaining(f -> sources.add(Map.entry(f.getKey(), f.getValue().path("name").asText())));
        }
        return sources;
    }

    /** The variables the Deployment sets itself: a value, or where it comes from ("secret NAME/KEY", "field PATH"). */
    public Map<String, String> env() {
        Map<String, String> variables = new LinkedHashMap<>();
        for (JsonNode variable : container().path("env")) {
            JsonNode from = variable.path("valueFrom");
            String value = variable.has("value") ? variable.path("value").asText()
                    : from.has("secretKeyRef") ? "secret " + from.path("secretKeyRef").path("name").asText() + "/" + from.path("secretKeyRef").path("key").asText()
                    : from.has("configMapKeyRef") ? "configmap " + from.path("configMapKeyRef").path("name").asText() + "/" + from.path("configMapKeyRef").path("key").asText()
                    : "field " + from.path("fieldRef").path("fieldPath").asText();
            variables.put(variable.path("name").asText(), value);
        }
        return variables;
    }

    /** The keys of a ConfigMap's {@code data} or a Secret's {@code stringData} (or {@code data}), with their values. */
    public static Map<String, String> entries(JsonNode configMapOrSecret) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String field : List.of("data", "stringData")) {
            configMapOrSecret.path(field).fields().forEachRemaining(e -> entries.put(e.getKey(), e.getValue().asText()));
        }
        return entries;
    }
}
