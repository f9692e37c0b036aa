package dev.signpost;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The test profile that keeps page parts for a minute ({@code signpost.kept-parts.keep}): other tests run with nothing
 * kept, so a test under this one knows that only a write or new content can be why a page changed.
 */
public class KeepingParts implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("signpost.kept-parts.keep", "60s");
    }
}
