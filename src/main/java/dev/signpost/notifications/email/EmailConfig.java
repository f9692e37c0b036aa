package dev.signpost.notifications.email;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** {@code signpost.notifications.email.*}: the key of the unsubscribe links and how often digests are made. */
@ConfigMapping(prefix = "signpost.notifications.email")
public interface EmailConfig {

    /**
     * The key that signs the one-click unsubscribe links in emails (at least 32 characters). Production refuses to
     * start without it; elsewhere a key is made for each run, so links from before a restart stop working.
     */
    Optional<String> unsubscribeSecret();

    /** How often each instance looks for daily digests to make (a Quarkus duration; {@code off} stops it). */
    @WithDefault("5m")
    String digestEvery();
}
