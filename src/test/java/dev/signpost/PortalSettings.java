package dev.signpost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signpost.security.StartupRefusals;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.WithName;
import io.smallrye.config.WithParentName;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every setting the portal reads, by the environment variable that sets it: Quarkus's own properties (from the
 * configuration model its extensions ship), the keys of application.properties, and the portal's {@code @ConfigMapping}
 * interfaces and {@code @ConfigProperty} fields. Deployment files (docker-compose.yml, deploy/kubernetes) are checked
 * against it, because a mistyped variable is ignored silently at run time.
 */
public final class PortalSettings {

    private static final String QUARKUS_CONFIG_MODEL = "META-INF/quarkus-config-doc/quarkus-config-model.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A Quarkus property; {@code phase} is {@code RUN_TIME} unless the packaged jar fixed it when it was built. */
    public record QuarkusProperty(String name, String variable, String phase) {
    }

    private final Map<String, String> known;
    private final List<Pattern> mapKeys;
    private final Map<String, QuarkusProperty> quarkus;

    private PortalSettings(Map<String, String> known, Map<String, QuarkusProperty> quarkus) {
        this.known = known;
        this.quarkus = quarkus;
        // keys of a map (signpost.sources.<name>.url): any name in place of the *
        this.mapKeys = known.keySet().stream().filter(v -> v.contains("*"))
                .map(v -> Pattern.compile(Pattern.quote(v).replace("*", "\\E[A-Z0-9_]+\\Q"))).toList();
    }

    public static PortalSettings read() {
        try {
            Map<String, QuarkusProperty> quarkus = quarkusProperties();
            Map<String, String> known = new TreeMap<>();
            quarkus.forEach((variable, property) -> known.put(variable, property.name()));
            for (String key : applicationPropertiesKeys()) {
                known.put(variable(key), key);
            }
            Set<String> portalKeys = portalConfigKeys();
            assertTrue(portalKeys.containsAll(List.of("signpost.content.dir", "signpost.content.watch.rescan-interval",
                    "signpost.security.local-sign-in.enabled", "signpost.database.migration-retry")),
                    "the scan of @ConfigMapping interfaces missed some: " + portalKeys);
            portalKeys.forEach(key -> known.put(variable(key), key));
            return new PortalSettings(known, quarkus);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the portal reads the QUARKUS_ or SIGNPOST_ variable (with or without a {@code _PROFILE_} prefix). */
    public boolean reads(String variable) {
        String name = withoutProfile(variable);
        return known.containsKey(name) || mapKeys.stream().anyMatch(p -> p.matcher(name).matches());
    }

    /** The QUARKUS_ and SIGNPOST_ variables among these that no setting of the portal answers to. */
    public List<String> unknown(Collection<String> variables) {
        return variables.stream().filter(name -> withoutProfile(name).startsWith("QUARKUS_") || withoutProfile(name).startsWith("SIGNPOST_"))
                .filter(name -> !reads(name)).sorted().toList();
    }

    /** Those among these variables that set a Quarkus property fixed when the jar was built (ignored at run time). */
    public List<String> fixedAtBuild(Collection<String> variables) {
        return variables.stream().map(name -> quarkus.get(withoutProfile(name)))
                .filter(property -> property != null && !property.phase().equals("RUN_TIME"))
                .map(property -> property.variable() + " (" + property.phase() + ")").sorted().toList();
    }

    /**
     * The configuration the portal would read with this environment, resolved the way it resolves its own: the
     * environment over application.properties, in the profile the environment selects (prod unless QUARKUS_PROFILE).
     */
    public static SmallRyeConfig launchConfig(Map<String, String> environment) {
        try {
            return new SmallRyeConfigBuilder().addDefaultInterceptors()
                    .withProfile(environment.getOrDefault("QUARKUS_PROFILE", "prod"))
                    .withSources(new EnvConfigSource(environment, EnvConfigSource.ORDINAL),
                            new PropertiesConfigSource(ComposeFile.APPLICATION_PROPERTIES.toUri().toURL(), PropertiesConfigSource.ORDINAL))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The property SmallRye reads from an environment variable: every character but A-Z and 0-9 becomes '_' (a map's * stays). */
    public static String variable(String property) {
        return property.replaceAll("[^A-Za-z0-9*]", "_").toUpperCase(Locale.ROOT);
    }

    /** {@code _PROD_QUARKUS_HTTP_PORT} sets {@code %prod.quarkus.http.port}. */
    public static String withoutProfile(String variable) {
        return variable.startsWith("_") ? variable.replaceFirst("^_[A-Z0-9]+_", "") : variable;
    }

    private static Set<String> applicationPropertiesKeys() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(ComposeFile.APPLICATION_PROPERTIES)) {
            properties.load(reader);
        }
        Set<String> keys = new TreeSet<>();
        properties.stringPropertyNames().forEach(key -> keys.add(key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key));
        return keys;
    }

    /** Quarkus's own description of its properties, as the extensions on the classpath ship it for the config guide. */
    private static Map<String, QuarkusProperty> quarkusProperties() throws IOException {
        Map<String, QuarkusProperty> properties = new TreeMap<>();
        for (URL model : Collections.list(PortalSettings.class.getClassLoader().getResources(QUARKUS_CONFIG_MODEL))) {
            try (InputStream in = model.openStream()) {
                collectQuarkusProperties(JSON.readTree(in), properties);
            }
        }
        assertTrue(properties.containsKey("QUARKUS_OIDC_CREDENTIALS_SECRET") && properties.containsKey("QUARKUS_HTTP_PORT"),
                "the Quarkus configuration model was not found on the classpath");
        return properties;
    }

    private static void collectQuarkusProperties(JsonNode node, Map<String, QuarkusProperty> into) {
        if (node.isObject() && node.path("path").has("environmentVariable")) {
            String phase = node.path("phase").asText();
            List<JsonNode> paths = new ArrayList<>(List.of(node.path("path")));
            node.path("additionalPaths").forEach(paths::add);
            for (JsonNode path : paths) {
                String variable = path.path("environmentVariable").asText();
                into.put(variable, new QuarkusProperty(path.path("property").asText(), variable, phase));
            }
        }
        node.forEach(child -> collectQuarkusProperties(child, into));
    }

    /** The keys of the portal's own {@code @ConfigMapping} interfaces and {@code @ConfigProperty} fields. */
    private static Set<String> portalConfigKeys() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(StartupRefusals.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> classNames;
        try (Stream<Path> files = Files.walk(classes)) {
            classNames = files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> classes.relativize(f).toString().replace('\\', '/').replaceAll("\\.class$", "").replace('/', '.'))
                    .toList();
        }
        Set<String> keys = new TreeSet<>();
        for (String name : classNames) {
            Class<?> type = Class.forName(name, false, PortalSettings.class.getClassLoader());
            ConfigMapping mapping = type.getAnnotation(ConfigMapping.class);
            if (mapping != null) {
                collectMappingKeys(type, mapping.prefix(), keys);
            }
            for (Field field : type.getDeclaredFields()) {
                ConfigProperty property = field.getAnnotation(ConfigProperty.class);
                if (property != null && !property.name().isEmpty()) {
                    keys.add(property.name());
                }
            }
        }
        return keys;
    }

    private static void collectMappingKeys(Class<?> mapping, String prefix, Set<String> into) {
        for (Method method : mapping.getMethods()) {
            if (method.getParameterCount() > 0 || method.isDefault() || Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            WithName withName = method.getAnnotation(WithName.class);
            String segment = withName != null ? withName.value() : kebab(method.getName());
            String key = method.isAnnotationPresent(WithParentName.class) ? prefix : prefix + "." + segment;
            Class<?> type = method.getReturnType();
            if (type.isInterface() && type.getName().startsWith("dev.signpost.")) {
                collectMappingKeys(type, key, into);
            } else if (Map.class.isAssignableFrom(type) && method.getGenericReturnType() instanceof ParameterizedType map
                    && map.getActualTypeArguments()[1] instanceof Class<?> value && value.getName().startsWith("dev.signpost.")) {
                collectMappingKeys(value, key + ".*", into);
            } else {
                into.add(key);
            }
        }
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
