package dev.signpost.docs;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;
import java.util.Set;

/** Runs the app with a content store that never finishes its first load, to see what users get meanwhile. */
public class StillLoadingProfile implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(StillLoadingStore.class);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("signpost.test.await-content", "false");
    }
}
