package dev.signpost.content.source;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The folder of a repository that holds its docs when the source does not say: the {@code docs_dir} of a
 * {@code mkdocs.yml} at the top ({@code docs} by default, as MkDocs has it), else the whole repository.
 */
final class DocsFolder {

    /** mkdocs.yml may carry Python tags a YAML parser refuses, so only this one key is read, as a line. */
    private static final Pattern DOCS_DIR = Pattern.compile("(?m)^docs_dir:\\s*['\"]?([^'\"#\\s]+)['\"]?\\s*(?:#.*)?$");

    private DocsFolder() {
    }

    static String of(Repository repo, RevCommit commit) {
        try (TreeWalk walk = TreeWalk.forPath(repo, "mkdocs.yml", commit.getTree())) {
            if (walk == null) {
                return "";
            }
            String yaml = new String(repo.open(walk.getObjectId(0), Constants.OBJ_BLOB).getCachedBytes(64 * 1024), StandardCharsets.UTF_8);
            return docsDir(yaml);
        } catch (IOException e) {
            return "";
        }
    }

    static String docsDir(String mkdocsYml) {
        Matcher m = DOCS_DIR.matcher(mkdocsYml);
        String dir = m.find() ? m.group(1) : "docs";
        dir = dir.replace('\\', '/').replaceAll("^\\./", "").replaceAll("/+$", "");
        for (String segment : dir.split("/")) {
            if (!GitTree.safeName(segment) || segment.startsWith(".")) {
                return "docs";
            }
        }
        return dir;
    }
}
