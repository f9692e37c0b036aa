package dev.signpost.feedback;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code signpost.feedback.*}: the limits on page feedback. */
@ConfigMapping(prefix = "signpost.feedback")
public interface FeedbackConfig {

    /** How many comments one person may leave on page ratings within {@link #commentWindow()}. */
    @WithDefault("10")
    int commentsPerWindow();

    @WithDefault("1H")
    Duration commentWindow();
}
