package dev.signpost.feedback;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;

/** {@code signpost.feedback.*}: the limits on page feedback, and where feedback without a page goes. */
@ConfigMapping(prefix = "signpost.feedback")
public interface FeedbackConfig {

    /** How many comments one person may leave on page ratings within {@link #commentWindow()}. */
    @WithDefault("10")
    int commentsPerWindow();

    @WithDefault("1H")
    Duration commentWindow();

    /**
     * The team that owns feedback of a category when it names no page (or a page without an owner), by category code:
     * {@code signpost.feedback.owners.tool-request=platform-team}.
     */
    Map<String, String> owners();
}
