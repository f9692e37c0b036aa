package dev.signpost.content.source;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.RefSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real git repository for tests, made with JGit: a bare repository (the "remote" a source fetches from, by its
 * {@code file://} URL) and a working clone to write files in, commit at chosen times and push, forced or not.
 */
public final class TestRepo implements AutoCloseable {

    public final Path bare;
    public final Path work;
    private final Git git;
    private String branch = "main";

    private TestRepo(Path bare, Path work, Git git) {
        this.bare = bare;
        this.work = work;
        this.git = git;
    }

    /** A new repository {@code dir/<name>.git} with its working clone {@code dir/<name>-work}, on branch main. */
    public static TestRepo create(Path dir, String name) {
        try {
            Path bare = dir.resolve(name + ".git");
            Path work = dir.resolve(name + "-work");
            Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
            Git git = Git.init().setInitialBranch("main").setDirectory(work.toFile()).call();
            return new TestRepo(bare, work, git);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The repository {@link #create} made earlier under {@code dir}, on its current branch. */
    public static TestRepo open(Path dir, String name) {
        try {
            Git git = Git.open(dir.resolve(name + "-work").toFile());
            TestRepo repo = new TestRepo(dir.resolve(name + ".git"), dir.resolve(name + "-work"), git);
            repo.branch = git.getRepository().getBranch();
            return repo;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URL a source fetches from. */
    public String url() {
        return bare.toUri().toString();
    }

    public TestRepo write(String path, String text) {
        try {
            Path file = work.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestRepo delete(String path) {
        try (Stream<Path> files = Files.walk(work.resolve(path))) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestRepo symlink(String path, String target) {
        try {
            Path link = work.resolve(path);
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, Path.of(target));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits everything in the working clone (added, changed, deleted) as {@code author} at {@code when}. */
    public RevCommit commit(String message, String author, Instant when) {
        try {
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call();
            PersonIdent ident = new PersonIdent(author, author.toLowerCase().replace(' ', '.') + "@example.com", when, ZoneOffset.UTC);
            return git.commit().setMessage(message).setAuthor(ident).setCommitter(ident).setAllowEmpty(true).call();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    public RevCommit commit(String message, Instant when) {
        return commit(message, "Alice Author", when);
    }

    /** Switches the working clone to a branch, creating it at the current commit when it is new. */
    public TestRepo branch(String name) {
        try {
            boolean exists = git.getRepository().findRef("refs/heads/" + name) != null;
            git.checkout().setName(name).setCreateBranch(!exists).call();
            branch = name;
            return this;
        } catch (GitAPIException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Moves the current branch back to its parent commit (history rewritten, for a force-push). */
    public TestRepo resetToParent() {
        try {
            git.reset().setMode(org.eclipse.jgit.api.ResetCommand.ResetType.HARD).setRef("HEAD~1").call();
            return this;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Pushes the current branch to the bare repository, forced. */
    public TestRepo push() {
        try {
            git.push().setRemote(url()).setRefSpecs(new RefSpec("+refs/heads/" + branch + ":refs/heads/" + branch)).call();
            return this;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Pushes a tag at the current commit. */
    public TestRepo pushTag(String tag) {
        try {
            git.tag().setName(tag).setForceUpdate(true).call();
            git.push().setRemote(url()).setRefSpecs(new RefSpec("+refs/tags/" + tag + ":refs/tags/" + tag)).call();
            return this;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Removes the bare repository: the remote is gone. */
    public TestRepo deleteRemote() {
        try (Stream<Path> files = Files.walk(bare)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a branch from the bare repository. */
    public TestRepo deleteRemoteBranch(String name) {
        try {
            git.push().setRemote(url()).setRefSpecs(new RefSpec(":refs/heads/" + name)).call();
            return this;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        git.close();
    }
}
