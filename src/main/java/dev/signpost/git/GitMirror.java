package dev.signpost.git;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.TagOpt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * A local bare mirror of one remote repository: it fetches the one branch or tag a source follows (forced, so a
 * force-push is taken like any push) and remembers the commit last served, so that after a restart with the remote
 * unreachable the last good content is still there. Never checks anything out.
 */
public final class GitMirror implements AutoCloseable {

    /** The commit whose content was last handed to the store. */
    public static final String SERVED = "refs/signpost/served";

    /** What a fetch found: the full ref followed, and its commit. */
    public record Fetched(String ref, ObjectId commit) {
    }

    private final Repository repo;
    private final String url;
    private final GitAccess access;

    public GitMirror(Path dir, String url, GitAccess access) throws IOException {
        Files.createDirectories(dir);
        this.repo = new FileRepositoryBuilder().setGitDir(dir.toFile()).setBare().build();
        if (!repo.getObjectDatabase().exists()) {
            repo.create(true);
        }
        this.url = url;
        this.access = access;
    }

    public Repository repository() {
        return repo;
    }

    /** The commit last served and the ref it came from, if this mirror ever served one. */
    public Optional<Fetched> served() throws IOException {
        Ref served = repo.exactRef(SERVED);
        if (served == null || served.getObjectId() == null) {
            return Optional.empty();
        }
        String ref = repo.getConfig().getString("signpost", null, "servedRef");
        return Optional.of(new Fetched(ref, served.getObjectId()));
    }

    /** Remembers that this commit's content is served now. */
    public void markServed(Fetched fetched) throws IOException {
        RefUpdate update = repo.updateRef(SERVED);
        update.setNewObjectId(fetched.commit());
        update.setForceUpdate(true);
        update.update();
        repo.getConfig().setString("signpost", null, "servedRef", fetched.ref());
        repo.getConfig().save();
    }

    /**
     * Asks the remote for its refs, picks the configured branch or tag (or the default branch), and fetches it.
     *
     * @throws GitFailure in plain words, when anything goes wrong; the mirror keeps what it had
     */
    public Fetched fetch(Optional<String> wanted) throws GitFailure {
        try (Git git = Git.wrap(repo)) {
            Map<String, Ref> refs = access.configure(Git.lsRemoteRepository().setRemote(url)).callAsMap();
            String ref = pick(refs, wanted);
            access.configure(git.fetch().setRemote(url)).setRefSpecs(new RefSpec("+" + ref + ":" + ref))
                    .setTagOpt(TagOpt.NO_TAGS).setRemoveDeletedRefs(false).call();
            ObjectId commit = repo.resolve(ref + "^{commit}");
            if (commit == null) {
                throw new GitFailure("'" + ref + "' does not point to a commit.");
            }
            return new Fetched(ref, commit);
        } catch (GitAPIException | IOException | RuntimeException e) {
            throw GitFailure.of(e, access);
        }
    }

    /** The full name of the ref to follow, among those the remote advertises. */
    public static String pick(Map<String, Ref> refs, Optional<String> wanted) throws GitFailure {
        if (wanted.isPresent()) {
            String name = wanted.get().strip();
            for (String candidate : new String[] {name, Constants.R_HEADS + name, Constants.R_TAGS + name}) {
                if (candidate.startsWith(Constants.R_REFS) && refs.containsKey(candidate)) {
                    return candidate;
                }
            }
            throw new GitFailure("The branch or tag '" + name + "' does not exist in the repository (any more).");
        }
        Ref head = refs.get(Constants.HEAD);
        if (head == null) {
            if (refs.isEmpty()) {
                throw new GitFailure("The repository is empty: it has no branch to read.");
            }
            throw new GitFailure("The repository names no default branch; set the source's ref.");
        }
        if (head.isSymbolic()) {
            return head.getTarget().getName();
        }
        // A server that does not say where HEAD points: the branch at the same commit, main and master first.
        return refs.values().stream()
                .filter(r -> r.getName().startsWith(Constants.R_HEADS) && head.getObjectId() != null
                        && head.getObjectId().equals(r.getObjectId()))
                .map(Ref::getName)
                .min(Comparator.comparing((String n) -> !n.equals("refs/heads/main") && !n.equals("refs/heads/master"))
                        .thenComparing(Comparator.naturalOrder()))
                .orElseThrow(() -> new GitFailure("The repository's default branch could not be found; set the source's ref."));
    }

    /** When a commit was made (its commit time). */
    public java.time.Instant commitTime(ObjectId commit) throws IOException {
        try (org.eclipse.jgit.revwalk.RevWalk walk = new org.eclipse.jgit.revwalk.RevWalk(repo)) {
            return java.time.Instant.ofEpochSecond(walk.parseCommit(commit).getCommitTime());
        }
    }

    /** The secrets used so far, to clean messages of. */
    public java.util.List<String> secrets() {
        return access.secrets();
    }

    @Override
    public void close() {
        repo.close();
    }
}
