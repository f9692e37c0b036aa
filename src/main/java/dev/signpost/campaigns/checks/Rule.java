package dev.signpost.campaigns.checks;

import com.google.re2j.Pattern;
import java.util.List;
import java.util.Optional;

/**
 * What a check tests in a repository's files: the declarative vocabulary of campaign definitions. Every rule is a pure
 * function of the files; patterns are RE2/J (linear time, so an author's pattern cannot hang the portal).
 */
public sealed interface Rule permits Rule.Exists, Rule.Absent, Rule.Contains, Rule.Lacks, Rule.YamlMatches {

    Outcome test(RepoFiles files);

    /** The rule as a sentence, for the campaign page ("a file matching .github/workflows/*.yml exists"). */
    String describe();

    /** Some file matches the glob. */
    record Exists(Glob files) implements Rule {
        @Override
        public Outcome test(RepoFiles repo) {
            return first(repo, files).map(p -> Outcome.pass(p, p + " is present"))
                    .orElseGet(() -> Outcome.fail("", "no file matches " + files));
        }

        @Override
        public String describe() {
            return "a file matching " + files + " exists";
        }
    }

    /** No file matches the glob. */
    record Absent(Glob files) implements Rule {
        @Override
        public Outcome test(RepoFiles repo) {
            return first(repo, files).map(p -> Outcome.fail(p, p + " is still there"))
                    .orElseGet(() -> Outcome.pass("", "no file matches " + files));
        }

        @Override
        public String describe() {
            return "no file matches " + files;
        }
    }

    /** Some file matching the glob contains the pattern. */
    record Contains(Glob files, Pattern pattern) implements Rule {
        @Override
        public Outcome test(RepoFiles repo) {
            List<String> matching = matching(repo, files);
            for (String path : matching) {
                if (repo.text(path).map(t -> pattern.matcher(t).find()).orElse(false)) {
                    return Outcome.pass(path, path + " contains /" + pattern.pattern() + "/");
                }
            }
            return Outcome.fail(matching.isEmpty() ? "" : matching.get(0), matching.isEmpty() ? "no file matches " + files
                    : "no file matching " + files + " contains /" + pattern.pattern() + "/");
        }

        @Override
        public String describe() {
            return "a file matching " + files + " contains /" + pattern.pattern() + "/";
        }
    }

    /** No file matching the glob contains the pattern (a file that cannot be read counts as containing it). */
    record Lacks(Glob files, Pattern pattern) implements Rule {
        @Override
        public Outcome test(RepoFiles repo) {
            for (String path : matching(repo, files)) {
                Optional<String> text = repo.text(path);
                if (text.isEmpty()) {
                    return Outcome.fail(path, path + " could not be read");
                }
                if (pattern.matcher(text.get()).find()) {
                    return Outcome.fail(path, path + " contains /" + pattern.pattern() + "/");
                }
            }
            return Outcome.pass("", "no file matching " + files + " contains /" + pattern.pattern() + "/");
        }

        @Override
        public String describe() {
            return "no file matching " + files + " contains /" + pattern.pattern() + "/";
        }
    }

    /**
     * The values at a YAML path in the files matching the glob match the pattern: every one of them ({@code every},
     * a missing value or a file that is not YAML failing), or at least one.
     */
    record YamlMatches(Glob files, YamlPath path, Pattern pattern, boolean every) implements Rule {
        @Override
        public Outcome test(RepoFiles repo) {
            return YamlCheck.test(this, repo);
        }

        @Override
        public String describe() {
            return (every ? "every " : "some ") + path + " in files matching " + files + " matches /" + pattern.pattern() + "/";
        }
    }

    private static Optional<String> first(RepoFiles repo, Glob glob) {
        return repo.paths().stream().filter(glob::matches).findFirst();
    }

    private static List<String> matching(RepoFiles repo, Glob glob) {
        return repo.paths().stream().filter(glob::matches).toList();
    }
}
