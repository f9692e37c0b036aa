package dev.signpost.campaigns;

import dev.signpost.campaigns.demo.DemoRepositories;
import dev.signpost.campaigns.history.RepoHistory;
import dev.signpost.git.GitAccess;
import dev.signpost.git.GitFailure;
import dev.signpost.git.GitMirror;
import dev.signpost.git.Secrets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;

/**
 * Fetches one repository of the inventory into its bare mirror (the git layer of content sources: forced fetch of the
 * default branch, credentials from configuration, failures in plain words without secrets) and reads its main line.
 * {@code demo:NAME} URLs name the generated demo repositories, and only when they are turned on.
 */
final class RepositoryFetcher {

    /** The scheme of a generated demo repository's URL ({@code demo:NAME}). */
    static final String DEMO = "demo:";

    /** How many commits of a main line are read at most (older ones count as before the repository existed). */
    static final int MAX_COMMITS = 20_000;

    private final Path workDir;
    private final GitAccess access;
    private final boolean demo;

    RepositoryFetcher(Path workDir, GitAccess access, boolean demo) {
        this.workDir = workDir;
        this.access = access;
        this.demo = demo;
    }

    Path demoRoot() {
        return workDir.resolve("demo");
    }

    /** The repository's main line after a fetch. */
    RepoHistory fetch(dev.signpost.campaigns.Repository repository) throws GitFailure {
        String url = url(repository);
        try (GitMirror mirror = new GitMirror(workDir.resolve("mirrors").resolve(repository.name() + ".git"), url, access)) {
            GitMirror.Fetched fetched = mirror.fetch(Optional.empty());
            mirror.markServed(fetched);
            Repository git = mirror.repository();
            return RepoHistory.read(git, fetched.commit(), MAX_COMMITS);
        } catch (IOException e) {
            throw new GitFailure("The repository's mirror could not be read or written (" + Secrets.redact(String.valueOf(e.getMessage()),
                    access.secrets()) + ").");
        }
    }

    /** A read-only view of the repository's mirror, for evaluating commits; the caller closes it. */
    Repository open(dev.signpost.campaigns.Repository repository) throws IOException {
        return new org.eclipse.jgit.storage.file.FileRepositoryBuilder().setGitDir(workDir.resolve("mirrors")
                .resolve(repository.name() + ".git").toFile()).setBare().setMustExist(true).build();
    }

    private String url(dev.signpost.campaigns.Repository repository) throws GitFailure {
        if (!repository.url().startsWith(DEMO)) {
            return repository.url();
        }
        String name = repository.url().substring(DEMO.length());
        if (!demo) {
            throw new GitFailure("'demo:' URLs name the generated demo repositories, which only exist in dev and demo "
                    + "(signpost.campaigns.demo-repositories); give this repository its git URL.");
        }
        return DemoRepositories.location(demoRoot(), name)
                .map(p -> p.resolve(".git").toUri().toString())
                .orElseThrow(() -> new GitFailure("There is no demo repository called '" + name + "'."));
    }
}
