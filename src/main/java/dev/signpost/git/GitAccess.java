package dev.signpost.git;

import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a source reaches its remote: the timeout, a token or password over HTTPS (read from its file or environment
 * variable at each fetch), a private key and known_hosts file over SSH. Knows the secrets it read, so that messages
 * can be cleaned of them.
 */
public final class GitAccess {

    private final Duration timeout;
    private final Optional<String> username;
    private final Optional<String> passwordEnv;
    private final Optional<Path> passwordFile;
    private final SshdSessionFactory ssh;
    private final List<String> secretsSeen = new ArrayList<>();

    /**
     * How to sign in to a remote: a user name and a token or password read from an environment variable or a file when
     * needed (HTTPS), or an SSH key and the known hosts file (SSH). Every part optional.
     */
    public record Credentials(Optional<String> username, Optional<String> passwordEnv, Optional<Path> passwordFile,
            Optional<Path> sshKeyFile, Optional<Path> sshKnownHostsFile) {

        public static final Credentials NONE = new Credentials(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** @param sshHome a folder JGit's SSH client may use as its home (only with an SSH key) */
    public GitAccess(Duration timeout, Credentials settings, Path sshHome) {
        this.timeout = timeout;
        this.username = settings.username();
        this.passwordEnv = settings.passwordEnv();
        this.passwordFile = settings.passwordFile();
        this.ssh = settings.sshKeyFile().map(key -> new SshdSessionFactoryBuilder()
                .setHomeDirectory(sshHome.toFile())
                .setSshDirectory(sshHome.toFile())
                .setDefaultIdentities(dir -> List.of(key))
                .setDefaultKnownHostsFiles(dir -> List.of(settings.sshKnownHostsFile()
                        .orElse(Path.of(System.getProperty("user.home"), ".ssh", "known_hosts"))))
                .build(null)).orElse(null);
    }

    /** Access with nothing but a timeout (public repositories, {@code file://}, {@code git://}). */
    public static GitAccess anonymous(Duration timeout) {
        return new GitAccess(timeout);
    }

    private GitAccess(Duration timeout) {
        this.timeout = timeout;
        this.username = Optional.empty();
        this.passwordEnv = Optional.empty();
        this.passwordFile = Optional.empty();
        this.ssh = null;
    }

    public Duration timeout() {
        return timeout;
    }

    public <C extends TransportCommand<C, ?>> C configure(C command) {
        command.setTimeout((int) Math.max(1, timeout.toSeconds()));
        CredentialsProvider credentials = credentials();
        if (credentials != null) {
            command.setCredentialsProvider(credentials);
        }
        if (ssh != null) {
            command.setTransportConfigCallback(transport -> {
                if (transport instanceof SshTransport sshTransport) {
                    sshTransport.setSshSessionFactory(ssh);
                }
            });
        }
        return command;
    }

    /** The secrets read so far, to clean messages of. */
    public synchronized List<String> secrets() {
        return List.copyOf(secretsSeen);
    }

    private CredentialsProvider credentials() {
        Optional<String> password;
        try {
            password = Secrets.read(passwordEnv, passwordFile);
        } catch (IOException e) {
            throw new UncheckedIOException("The source's password file could not be read: " + e.getMessage(), e);
        }
        if (password.isEmpty()) {
            return null;
        }
        synchronized (this) {
            if (!secretsSeen.contains(password.get())) {
                secretsSeen.add(password.get());
            }
        }
        return new UsernamePasswordCredentialsProvider(username.orElse("git"), password.get());
    }
}
