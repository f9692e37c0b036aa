package dev.signpost;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed deploy/kubernetes/kubernetes.yml is what this build generated into target/kubernetes (after
 * {@code package}, so in {@code verify}): a change to the quarkus.kubernetes.* settings or src/main/kubernetes that is not
 * copied into deploy/kubernetes fails here. Compared as YAML trees, since the generator's key order varies between runs.
 */
class KubernetesManifestIT {

    @Test
    void shouldCommitExactlyTheManifestsTheBuildGenerates() {
        assertTrue(Files.isRegularFile(KubernetesManifests.GENERATED), "the build generated no " + KubernetesManifests.GENERATED);
        assertEquals(byKindAndName(KubernetesManifests.read(KubernetesManifests.GENERATED)),
                byKindAndName(KubernetesManifests.read(KubernetesManifests.COMMITTED)),
                "deploy/kubernetes/kubernetes.yml differs from the generated manifests; after checking the difference, copy them: "
                        + "cp " + KubernetesManifests.GENERATED + " " + KubernetesManifests.COMMITTED);
    }

    private static Map<String, JsonNode> byKindAndName(KubernetesManifests manifests) {
        Map<String, JsonNode> resources = new TreeMap<>();
        manifests.resources().forEach(r -> resources.put(r.path("kind").asText() + "/" + r.path("metadata").path("name").asText(), r));
        return resources;
    }
}
