package dev.signpost.live;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static dev.signpost.live.LiveConfig.Mode.AUTO;
import static dev.signpost.live.LiveConfig.Mode.IN_PROCESS;
import static dev.signpost.live.LiveConfig.Mode.POSTGRES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which bus an instance uses: PostgreSQL's when the datasource is PostgreSQL, unless configured otherwise. */
class LiveBusSelectionTest {

    @Test
    void shouldFollowTheDatasourceWhenAuto() {
        assertEquals(POSTGRES, LiveBusProducer.choose(AUTO, "postgresql"));
        assertEquals(POSTGRES, LiveBusProducer.choose(AUTO, "pgsql"));
        assertEquals(IN_PROCESS, LiveBusProducer.choose(AUTO, "h2"));
    }

    @Test
    void shouldKeepToOneInstanceWhenAskedEvenOnPostgres() {
        assertEquals(IN_PROCESS, LiveBusProducer.choose(IN_PROCESS, "postgresql"));
        assertEquals(IN_PROCESS, LiveBusProducer.choose(IN_PROCESS, "h2"));
    }

    @Test
    void shouldRefuseToStartWhenPostgresIsAskedForOnH2() {
        assertEquals(POSTGRES, LiveBusProducer.choose(POSTGRES, "postgresql"));
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> LiveBusProducer.choose(POSTGRES, "h2"));
        assertTrue(refused.getMessage().contains("signpost.live.bus"), refused.getMessage());
    }

    @Test
    void shouldReadTheSettingAsDocumented() {
        assertEquals(AUTO, config(Map.of()).bus());
        assertEquals(Duration.ofSeconds(1), config(Map.of()).reconnectDelay());
        assertEquals(Duration.ofSeconds(30), config(Map.of()).reconnectMaxDelay());
        assertEquals(IN_PROCESS, config(Map.of("signpost.live.bus", "in-process")).bus());
        assertEquals(POSTGRES, config(Map.of("signpost.live.bus", "postgres")).bus());
    }

    private static LiveConfig config(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(LiveConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 100)).build();
        return config.getConfigMapping(LiveConfig.class);
    }
}
