package dev.signpost.security;

import dev.signpost.ComposeFile;
import io.smallrye.config.SmallRyeConfig;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The portal that docker-compose.yml starts passes the production start-up check: in this package because the list
 * of required settings and the check itself are package-private.
 */
class ComposeStartupRefusalsTest {

    @Test
    void shouldSetEveryVariableThatProductionRequires() {
        Map<String, String> environment = ComposeFile.read().environment("signpost");
        assertFalse(StartupRefusals.REQUIRED_IN_PROD.isEmpty());
        List<String> missing = StartupRefusals.REQUIRED_IN_PROD.values().stream()
                .filter(variable -> environment.getOrDefault(variable, "").isBlank()).toList();
        assertEquals(List.of(), missing, "the signpost service would refuse to start without these");
    }

    @Test
    void shouldFindNothingToRefuseInTheConfigurationComposeGivesThePortal() {
        SmallRyeConfig config = ComposeFile.read().launchConfig("signpost");
        assertEquals(List.of(), StartupRefusals.refusals(key -> config.getOptionalValue(key, String.class)));
    }
}
