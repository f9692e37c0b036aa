package dev.signpost.campaigns.checks;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Rule.YamlMatches} over a repository: parses each matching file ({@link SafeYaml}), selects the values at the
 * path and matches their text.
 */
final class YamlCheck {

    private YamlCheck() {
    }

    static Outcome test(Rule.YamlMatches rule, RepoFiles repo) {
        List<String> files = repo.paths().stream().filter(rule.files()::matches).toList();
        for (String path : files) {
            Optional<List<Object>> documents = repo.text(path).flatMap(SafeYaml::parse);
            if (documents.isEmpty()) {
                if (rule.every()) {
                    return Outcome.fail(path, path + " is not valid YAML");
                }
                continue;
            }
            for (Object document : documents.get()) {
                for (YamlPath.Found found : rule.path().select(document)) {
                    boolean matches = found.value() != null && !(found.value() instanceof Map) && !(found.value() instanceof List)
                            && rule.pattern().matcher(String.valueOf(found.value())).find();
                    if (rule.every() && !matches) {
                        return Outcome.fail(path, path + ": " + found.at() + " is " + shown(found.value()));
                    }
                    if (!rule.every() && matches) {
                        return Outcome.pass(path, path + ": " + found.at() + " is " + shown(found.value()));
                    }
                }
            }
        }
        if (rule.every()) {
            return Outcome.pass("", files.isEmpty() ? "no file matches " + rule.files() : "every " + rule.path() + " matches");
        }
        return Outcome.fail(files.isEmpty() ? "" : files.get(0), files.isEmpty() ? "no file matches " + rule.files()
                : "no " + rule.path() + " matches /" + rule.pattern().pattern() + "/");
    }

    /** A value as a message shows it; never the text of a list or mapping (aliases can make that enormous). */
    private static String shown(Object value) {
        if (value == null) {
            return "missing";
        }
        if (value instanceof Map) {
            return "a mapping, not a value";
        }
        if (value instanceof List) {
            return "a list, not a value";
        }
        String line = String.valueOf(value).strip().replace('\n', ' ');
        return "'" + (line.length() <= 120 ? line : line.substring(0, 119) + "…") + "'";
    }
}
