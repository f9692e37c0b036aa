package dev.signpost.content.source;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Git repositories as content sources ({@code signpost.sources.*}, docs/operations.md "Sources"): the settings shared
 * by all of them, and one group per source, named by its key ({@code signpost.sources.handbook.url=...}).
 */
@ConfigMapping(prefix = "signpost.sources")
public interface SourcesConfig {

    /** Where each source's bare mirror (and its history file) is kept; it survives restarts. */
    @WithDefault("${signpost.data-dir:./data}/sources")
    Path workDir();

    /** How many fetches run at once. */
    @WithDefault("4")
    int fetchThreads();

    /** A fetch that takes longer fails (the source keeps what it has). */
    @WithDefault("60s")
    Duration fetchTimeout();

    /** At most one fetch of a source starts in this time; pushes in between are served by the next one. */
    @WithDefault("1s")
    Duration minFetchGap();

    /** At start-up, pages wait this long at most for sources that have no mirror yet; slower ones appear when they arrive. */
    @WithDefault("30s")
    Duration firstLoadWait();

    /** Webhook bodies larger than this are refused with 413. */
    @WithDefault("1M")
    MemorySize webhookMaxBody();

    /** The sources, by name. */
    @WithParentName
    Map<String, Repository> repositories();

    /** One git repository. */
    interface Repository {

        /** {@code https://}, {@code ssh://} (or {@code user@host:path}), {@code git://} or {@code file://}. */
        String url();

        /** The branch or tag to serve; the remote's default branch when not set. */
        Optional<String> ref();

        /** The folder of the repository that holds the docs; the whole repository, or {@code docs/} next to a {@code mkdocs.yml}. */
        Optional<String> folder();

        /** Where the docs appear: a folder under /docs ({@code handbook}), or {@code /} for the root. The source's name by default. */
        Optional<String> mount();

        /** The owner team of pages that name none. */
        Optional<String> owner();

        /** "Edit this page": {@code {path}} (the file in the repository), {@code {ref}} and {@code {commit}} are replaced. */
        Optional<String> editUrl();

        /** The file's history, with the same placeholders. */
        Optional<String> historyUrl();

        /** The file as the git server shows it, with the same placeholders. */
        Optional<String> webUrl();

        /** The user name for a token or password over HTTPS ({@code git} when not set: most servers ignore it for tokens). */
        Optional<String> username();

        /** The environment variable that holds the token or password. */
        Optional<String> passwordEnv();

        /** The file that holds the token or password (read at each fetch, so a rotated secret is picked up). */
        Optional<Path> passwordFile();

        /** The private key for {@code ssh://} URLs (without a passphrase). */
        Optional<Path> sshKeyFile();

        /** The known_hosts file the server's key must be in; {@code ~/.ssh/known_hosts} when not set. */
        Optional<Path> sshKnownHostsFile();

        /** How often to fetch without a push; a failed fetch is tried again sooner, backing off up to this. */
        @WithDefault("5m")
        Duration refreshEvery();

        /** The environment variable that holds the webhook secret (GitHub and Gitea signatures, GitLab's token). */
        Optional<String> webhookSecretEnv();

        /** The file that holds the webhook secret. */
        Optional<Path> webhookSecretFile();
    }
}
