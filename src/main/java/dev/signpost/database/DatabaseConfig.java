package dev.signpost.database;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code signpost.database.*}. */
@ConfigMapping(prefix = "signpost.database")
public interface DatabaseConfig {

    /** How long to wait between attempts to migrate a database that was unreachable at start-up. */
    @WithDefault("5S")
    Duration migrationRetry();

    /** How long the readiness check and the 503 page wait for a connection before calling the database down. */
    @WithDefault("2S")
    Duration checkTimeout();

    /** How long a write's submission key is remembered: a resend within this time is recognised and not stored again. */
    @WithDefault("24H")
    Duration keepSubmissionKeys();
}
