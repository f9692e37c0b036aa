package dev.signpost.live;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code signpost.live.*}. */
@ConfigMapping(prefix = "signpost.live")
public interface LiveConfig {

    /** Which bus carries notices: {@code auto} picks {@code postgres} when the datasource is PostgreSQL. */
    @WithDefault("auto")
    Mode bus();

    /** The first pause before the PostgreSQL listener reconnects; it doubles after each failed attempt. */
    @WithDefault("1S")
    Duration reconnectDelay();

    /** The longest pause between the listener's attempts to reconnect. */
    @WithDefault("30S")
    Duration reconnectMaxDelay();

    enum Mode {
        AUTO, IN_PROCESS, POSTGRES
    }
}
