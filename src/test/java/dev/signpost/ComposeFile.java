package dev.signpost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.smallrye.config.SmallRyeConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docker-compose.yml as the tests read it: services with their environment, mounts and ports in either of the forms
 * compose accepts, and the configuration the portal would see when compose starts it.
 */
public final class ComposeFile {

    public static final Path PATH = Path.of("docker-compose.yml");
    public static final Path APPLICATION_PROPERTIES = Path.of("src", "main", "resources", "application.properties");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final JsonNode root;

    private ComposeFile(JsonNode root) {
        this.root = root;
    }

    public static ComposeFile read() {
        try {
            return new ComposeFile(YAML.readTree(PATH.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("docker-compose.yml cannot be read or parsed", e);
        }
    }

    public JsonNode root() {
        return root;
    }

    public Set<String> serviceNames() {
        Set<String> names = new LinkedHashSet<>();
        root.path("services").fieldNames().forEachRemaining(names::add);
        return names;
    }

    public JsonNode service(String name) {
        JsonNode service = root.path("services").path(name);
        assertTrue(service.isObject(), "docker-compose.yml has no service " + name);
        return service;
    }

    /** The service's environment, from the map form or the {@code KEY=value} list form; a bare key maps to "". */
    public Map<String, String> environment(String service) {
        JsonNode environment = service(service).path("environment");
        Map<String, String> variables = new LinkedHashMap<>();
        if (environment.isObject()) {
            environment.fields().forEachRemaining(e -> variables.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText()));
        } else {
            for (JsonNode entry : environment) {
                String text = entry.asText();
                int equals = text.indexOf('=');
                variables.put(equals < 0 ? text : text.substring(0, equals), equals < 0 ? "" : text.substring(equals + 1));
            }
        }
        return variables;
    }

    /** A volume or bind mount of a service. */
    public record Mount(String source, String target, boolean readOnly) {
    }

    /** The service's mounts, from the short form ({@code source:target[:ro]}) or the long form. */
    public List<Mount> mounts(String service) {
        List<Mount> mounts = new ArrayList<>();
        for (JsonNode volume : service(service).path("volumes")) {
            if (volume.isObject()) {
                mounts.add(new Mount(volume.path("source").asText(), volume.path("target").asText(),
                        volume.path("read_only").asBoolean(false)));
            } else {
                String[] parts = volume.asText().split(":");
                boolean readOnly = parts.length > 2 && List.of(parts[2].split(",")).contains("ro");
                mounts.add(parts.length == 1 ? new Mount("", parts[0], false) : new Mount(parts[0], parts[1], readOnly));
            }
        }
        return mounts;
    }

    /** The service's published ports: host port to container port, from the short or the long form. */
    public Map<Integer, Integer> publishedPorts(String service) {
        Map<Integer, Integer> ports = new LinkedHashMap<>();
        for (JsonNode port : service(service).path("ports")) {
            if (port.isObject()) {
                ports.put(port.path("published").asInt(), port.path("target").asInt());
            } else {
                String[] parts = port.asText().replaceFirst("/(tcp|udp)$", "").split(":");
                if (parts.length >= 2) {
                    ports.put(Integer.parseInt(parts[parts.length - 2]), Integer.parseInt(parts[parts.length - 1]));
                }
            }
        }
        return ports;
    }

    /**
     * The configuration the portal would read in this service, resolved the way it resolves its own: the service's
     * environment over application.properties, in the profile the environment selects (prod unless QUARKUS_PROFILE).
     */
    public SmallRyeConfig launchConfig(String service) {
        return PortalSettings.launchConfig(environment(service));
    }
}
