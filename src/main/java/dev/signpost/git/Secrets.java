package dev.signpost.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Secrets of a source (a token, a webhook secret) read from an environment variable or a file when needed, never kept
 * in configuration text; and the one way to make a URL or a message safe to show: user info removed, known secrets
 * replaced.
 */
public final class Secrets {

    private static final Pattern USER_INFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/@\\s]+@");

    private Secrets() {
    }

    /** The secret from the file, else from the environment variable; empty when neither gives a non-blank value. */
    public static Optional<String> read(Optional<String> env, Optional<Path> file) throws IOException {
        if (file.isPresent()) {
            String value = Files.readString(file.get(), StandardCharsets.UTF_8).strip();
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }
        return env.map(System::getenv).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** A URL without its user info ({@code https://token@host/x} becomes {@code https://host/x}). */
    public static String url(String url) {
        return url == null ? null : USER_INFO.matcher(url).replaceAll("$1");
    }

    /** A message with URLs' user info removed and every one of {@code secrets} replaced by {@code ***}. */
    public static String redact(String message, Collection<String> secrets) {
        if (message == null) {
            return null;
        }
        String safe = url(message);
        for (String secret : secrets) {
            if (secret != null && secret.length() >= 4) {
                safe = safe.replace(secret, "***");
            }
        }
        return safe;
    }
}
