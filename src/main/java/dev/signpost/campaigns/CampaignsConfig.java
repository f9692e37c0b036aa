package dev.signpost.campaigns;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Campaigns ({@code signpost.campaigns.*}, docs/operations.md "Campaigns"): fetching the inventory's repositories. */
@ConfigMapping(prefix = "signpost.campaigns")
public interface CampaignsConfig {

    /** Fetch and evaluate the inventory's repositories at all. */
    @WithDefault("true")
    boolean enabled();

    /** Where each repository's bare mirror is kept (and, in dev and demo, the generated demo repositories). */
    @WithDefault("${signpost.data-dir:./data}/campaigns")
    Path workDir();

    /** How often every repository is fetched again (a repository's push can also ask for it at once). */
    @WithDefault("15m")
    Duration refreshInterval();

    /** How many fetches run at once. */
    @WithDefault("4")
    int fetchThreads();

    /** A fetch that takes longer fails; the repository keeps its last result. */
    @WithDefault("60s")
    Duration fetchTimeout();

    /** How much of a file a content check reads; the rest of a longer file is not looked at. */
    @WithDefault("256K")
    MemorySize maxFileSize();

    /** Generate the demo's repositories under the work folder and let {@code demo:NAME} URLs name them (dev and demo). */
    @WithDefault("false")
    boolean demoRepositories();

    /** The environment variable that holds the secret of the repositories' push webhook ({@code /webhooks/campaigns/push}). */
    Optional<String> webhookSecretEnv();

    /** A file that holds that secret. */
    Optional<Path> webhookSecretFile();

    /** Webhook bodies larger than this are refused with 413. */
    @WithDefault("1M")
    MemorySize webhookMaxBody();

    /** The user name for a token or password over HTTPS, for every repository. */
    Optional<String> username();

    /** The environment variable that holds the token or password. */
    Optional<String> passwordEnv();

    /** A file that holds the token or password. */
    Optional<Path> passwordFile();

    /** A private key for SSH URLs. */
    Optional<Path> sshKeyFile();

    /** The known hosts for SSH URLs ({@code ~/.ssh/known_hosts} when not set). */
    Optional<Path> sshKnownHostsFile();
}
