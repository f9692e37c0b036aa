package dev.signpost.content.source;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A folder of a git tree: what counts as a file, what is never followed or read, and what a diff names. */
class GitTreeTest {

    private static final Instant T = Instant.parse("2026-10-01T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void shouldListTheFolderButNotHiddenFilesLinksOrOtherFolders() throws Exception {
        try (TestRepo repo = TestRepo.create(dir, "docs")) {
            repo.write("docs/index.md", "# Docs\n").write("docs/img/logo.png", "png").write("docs/.github/notes.md", "hidden\n")
                    .write("src/Main.java", "class Main {}\n").symlink("docs/passwd.md", "/etc/passwd");
            RevCommit commit = repo.commit("docs", T);
            try (Repository r = open(repo.work.resolve(".git")); RevWalk walk = new RevWalk(r)) {
                GitTree tree = GitTree.read(r, walk.parseCommit(commit).getTree(), "docs");
                assertEquals(Set.of("index.md", "img/logo.png"), tree.files().keySet());
                assertEquals(Set.of("passwd.md"), tree.links(), "the link is reported, never read");
                assertEquals("docs/index.md", tree.repoPath("index.md"));
                GitTree whole = GitTree.read(r, walk.parseCommit(commit).getTree(), "");
                assertEquals(Set.of("docs/index.md", "docs/img/logo.png", "src/Main.java"), whole.files().keySet());
            }
        }
    }

    @Test
    void shouldRefuseNamesThatCouldLeaveTheFolderAndSkipSubmodules() throws Exception {
        try (Repository r = FileRepositoryBuilder.create(dir.resolve("evil.git").toFile())) {
            r.create(true);
            ObjectId root;
            try (ObjectInserter insert = r.newObjectInserter()) {
                ObjectId blob = insert.insert(Constants.OBJ_BLOB, "# Evil\n".getBytes(StandardCharsets.UTF_8));
                TreeFormatter inner = new TreeFormatter();
                inner.append("escape.md", FileMode.REGULAR_FILE, blob);
                ObjectId innerTree = insert.insert(inner);
                TreeFormatter top = new TreeFormatter();
                top.append("..", FileMode.TREE, innerTree);
                top.append("good.md", FileMode.REGULAR_FILE, blob);
                top.append("module", FileMode.GITLINK, ObjectId.fromString("3333333333333333333333333333333333333333"));
                top.append("tab\there.md", FileMode.REGULAR_FILE, blob);
                root = insert.insert(top);
                insert.flush();
            }
            try (RevWalk walk = new RevWalk(r)) {
                GitTree tree = GitTree.read(r, walk.parseTree(root), "");
                assertEquals(Set.of("good.md"), tree.files().keySet(), "only the plain file; the submodule is skipped");
                assertEquals(Set.of("..", "tab\there.md"), tree.refused());
            }
        }
    }

    @Test
    void shouldNameWhatADiffChangedAddedAndRemovedInTheFolderOnly() throws Exception {
        try (TestRepo repo = TestRepo.create(dir, "docs")) {
            repo.write("docs/a.md", "a\n").write("docs/b.md", "b\n").write("docs/c.md", "c\n").write("README.md", "x\n");
            RevCommit first = repo.commit("first", T);
            repo.write("docs/a.md", "a2\n").delete("docs/b.md").write("docs/d.md", "d\n").write("README.md", "y\n");
            RevCommit second = repo.commit("second", T.plusSeconds(60));
            try (Repository r = open(repo.work.resolve(".git")); RevWalk walk = new RevWalk(r)) {
                Set<String> changed = GitTree.changed(r, walk.parseCommit(first).getTree(), walk.parseCommit(second).getTree(), "docs");
                assertEquals(Set.of("a.md", "b.md", "d.md"), changed);
            }
        }
    }

    @Test
    void shouldTakeTheDocsFolderOfAnMkdocsConfiguration() {
        assertEquals("docs", DocsFolder.docsDir("site_name: X\nnav:\n  - Home: index.md\n"));
        assertEquals("documentation/en", DocsFolder.docsDir("site_name: X\ndocs_dir: 'documentation/en/'  # ours\n"));
        assertEquals("docs", DocsFolder.docsDir("docs_dir: ../outside\n"), "a folder outside the repository is not taken");
        assertEquals("docs", DocsFolder.docsDir("docs_dir: .hidden\n"));
    }

    private static Repository open(Path gitDir) throws Exception {
        return new FileRepositoryBuilder().setGitDir(gitDir.toFile()).build();
    }
}
