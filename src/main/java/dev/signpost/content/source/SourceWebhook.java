package dev.signpost.content.source;

import dev.signpost.git.Secrets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a push webhook for a git source is checked against: the source's URL and the full ref it serves, and its
 * secret (read from its environment variable or file when a webhook arrives).
 */
public record SourceWebhook(String name, String url, String ref, Optional<String> secretEnv, Optional<Path> secretFile) {

    /** The secret, or empty when none is configured (then every webhook for this source is refused). */
    public Optional<String> secret() throws IOException {
        return Secrets.read(secretEnv, secretFile);
    }
}
