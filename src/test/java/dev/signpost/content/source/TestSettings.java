package dev.signpost.content.source;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** A git source's settings as a test writes them: a URL and whatever else it sets; the rest as configuration defaults it. */
final class TestSettings implements SourcesConfig.Repository {

    String url;
    Optional<String> ref = Optional.empty();
    Optional<String> folder = Optional.empty();
    Optional<String> mount = Optional.empty();
    Optional<String> owner = Optional.empty();
    Optional<String> editUrl = Optional.empty();
    Optional<String> historyUrl = Optional.empty();
    Optional<String> passwordEnv = Optional.empty();
    Optional<Path> passwordFile = Optional.empty();
    Duration refreshEvery = Duration.ofMinutes(5);

    TestSettings(String url) {
        this.url = url;
    }

    static SourceSettings of(String name, TestSettings raw) {
        return SourceSettings.of(name, raw);
    }

    @Override public String url() { return url; }
    @Override public Optional<String> ref() { return ref; }
    @Override public Optional<String> folder() { return folder; }
    @Override public Optional<String> mount() { return mount; }
    @Override public Optional<String> owner() { return owner; }
    @Override public Optional<String> editUrl() { return editUrl; }
    @Override public Optional<String> historyUrl() { return historyUrl; }
    @Override public Optional<String> webUrl() { return Optional.empty(); }
    @Override public Optional<String> username() { return Optional.empty(); }
    @Override public Optional<String> passwordEnv() { return passwordEnv; }
    @Override public Optional<Path> passwordFile() { return passwordFile; }
    @Override public Optional<Path> sshKeyFile() { return Optional.empty(); }
    @Override public Optional<Path> sshKnownHostsFile() { return Optional.empty(); }
    @Override public Duration refreshEvery() { return refreshEvery; }
    @Override public Optional<String> webhookSecretEnv() { return Optional.empty(); }
    @Override public Optional<Path> webhookSecretFile() { return Optional.empty(); }
}
