package dev.signpost.git;

import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The git servers whose push webhooks Signpost understands, told apart by their event header. Gitea and Forgejo also
 * send GitHub's headers, so they are recognised first.
 */
public enum GitProvider {

    GITEA("Gitea/Forgejo"), GITLAB("GitLab"), GITHUB("GitHub");

    private final String label;

    GitProvider(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The provider whose event header the request carries ({@code header} looks a header up by name), if any. */
    public static Optional<GitProvider> of(UnaryOperator<String> header) {
        if (header.apply("X-Gitea-Event") != null || header.apply("X-Forgejo-Event") != null) {
            return Optional.of(GITEA);
        }
        if (header.apply("X-Gitlab-Event") != null) {
            return Optional.of(GITLAB);
        }
        if (header.apply("X-GitHub-Event") != null) {
            return Optional.of(GITHUB);
        }
        return Optional.empty();
    }

    /** The event's name as this provider sends it. */
    public String event(UnaryOperator<String> header) {
        String event = switch (this) {
            case GITEA -> header.apply("X-Gitea-Event") != null ? header.apply("X-Gitea-Event") : header.apply("X-Forgejo-Event");
            case GITLAB -> header.apply("X-Gitlab-Event");
            case GITHUB -> header.apply("X-GitHub-Event");
        };
        return event == null ? "" : event.strip();
    }

    /** True for the events that mean "commits were pushed" (branch or tag). */
    public boolean isPush(String event) {
        String e = event.toLowerCase(Locale.ROOT);
        return switch (this) {
            case GITHUB, GITEA -> e.equals("push");
            case GITLAB -> e.equals("push hook") || e.equals("tag push hook");
        };
    }

    /** True when the request proves it knows {@code secret}. */
    public boolean verified(UnaryOperator<String> header, byte[] body, String secret) {
        return switch (this) {
            case GITHUB -> WebhookSignature.hmacMatches(header.apply("X-Hub-Signature-256"), body, secret);
            case GITEA -> WebhookSignature.hmacMatches(header.apply("X-Gitea-Signature") != null ? header.apply("X-Gitea-Signature")
                    : header.apply("X-Forgejo-Signature"), body, secret);
            case GITLAB -> WebhookSignature.tokenMatches(header.apply("X-Gitlab-Token"), secret);
        };
    }

    /** The header that carries the proof, for messages. */
    public String proofHeader() {
        return switch (this) {
            case GITHUB -> "X-Hub-Signature-256";
            case GITEA -> "X-Gitea-Signature";
            case GITLAB -> "X-Gitlab-Token";
        };
    }
}
