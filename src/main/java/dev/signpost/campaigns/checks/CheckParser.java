package dev.signpost.campaigns.checks;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Pure function from a campaign's {@code checks} front matter (a list of mappings) to checks and, for each one that
 * cannot be used, a sentence saying why. One key names the kind: {@code exists}, {@code absent} (a path glob),
 * {@code contains}, {@code lacks} (a pattern, with {@code files}) or {@code yaml} (a path, with {@code files},
 * {@code matches} and {@code every}).
 */
public final class CheckParser {

    static final Set<String> KINDS = Set.of("exists", "absent", "contains", "lacks", "yaml");
    private static final Set<String> KEYS = Set.of("id", "title", "required", "fix", "files", "matches", "every", "exists",
            "absent", "contains", "lacks", "yaml");
    private static final int MAX_PATTERN = 1000;

    /** The checks that could be read, and one message per problem. */
    public record Parsed(List<CampaignCheck> checks, List<String> errors, List<String> warnings) {
    }

    private CheckParser() {
    }

    public static Parsed parse(Object value) {
        List<CampaignCheck> checks = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            errors.add("'checks' must be a list of checks, each with a title and one of: " + String.join(", ", sorted(KINDS)) + ".");
            return new Parsed(List.of(), errors, warnings);
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String where = "Check " + (i + 1);
            if (!(list.get(i) instanceof Map<?, ?> map)) {
                errors.add(where + " is not a mapping of keys (title, exists, …).");
                continue;
            }
            try {
                CampaignCheck check = check(map, where, warnings);
                if (!ids.add(check.id())) {
                    errors.add(where + " has the id '" + check.id() + "' of an earlier check; give each check its own id.");
                    continue;
                }
                checks.add(check);
            } catch (IllegalArgumentException e) {
                errors.add(where + ": " + e.getMessage());
            }
        }
        return new Parsed(List.copyOf(checks), List.copyOf(errors), List.copyOf(warnings));
    }

    private static CampaignCheck check(Map<?, ?> map, String where, List<String> warnings) {
        Set<String> kinds = new LinkedHashSet<>();
        for (Object key : map.keySet()) {
            String name = String.valueOf(key);
            if (KINDS.contains(name)) {
                kinds.add(name);
            } else if (!KEYS.contains(name)) {
                warnings.add(where + " has the key '" + name + "', which Signpost does not know; it is ignored.");
            }
        }
        if (kinds.size() != 1) {
            throw new IllegalArgumentException(kinds.isEmpty() ? "say what it checks with one of: " + String.join(", ", sorted(KINDS)) + "."
                    : "it has " + String.join(" and ", kinds) + "; a check tests one thing, so split it in two.");
        }
        String title = text(map.get("title"));
        if (title.isEmpty()) {
            throw new IllegalArgumentException("it has no title.");
        }
        String kind = kinds.iterator().next();
        String id = text(map.get("id"));
        id = id.isEmpty() ? slug(title) : id;
        if (!id.matches("[a-z0-9][a-z0-9-]{0,62}")) {
            throw new IllegalArgumentException("its id '" + id + "' must be lower-case letters, digits and dashes (at most 63).");
        }
        Object required = map.get("required");
        if (required != null && !(required instanceof Boolean)) {
            throw new IllegalArgumentException("'required' must be true or false.");
        }
        return new CampaignCheck(id, title, required == null || (Boolean) required, text(map.get("fix")), rule(kind, map));
    }

    private static Rule rule(String kind, Map<?, ?> map) {
        String value = text(map.get(kind));
        if (value.isEmpty()) {
            throw new IllegalArgumentException("'" + kind + "' is empty.");
        }
        return switch (kind) {
            case "exists" -> new Rule.Exists(Glob.of(value));
            case "absent" -> new Rule.Absent(Glob.of(value));
            case "contains" -> new Rule.Contains(files(map, kind), pattern(value, kind));
            case "lacks" -> new Rule.Lacks(files(map, kind), pattern(value, kind));
            default -> {
                Object every = map.get("every");
                if (every != null && !(every instanceof Boolean)) {
                    throw new IllegalArgumentException("'every' must be true or false.");
                }
                String matches = text(map.get("matches"));
                if (matches.isEmpty()) {
                    throw new IllegalArgumentException("a 'yaml' check needs 'matches': the pattern the values must match.");
                }
                yield new Rule.YamlMatches(files(map, kind), YamlPath.of(value), pattern(matches, "matches"), Boolean.TRUE.equals(every));
            }
        };
    }

    private static Glob files(Map<?, ?> map, String kind) {
        String files = text(map.get("files"));
        if (files.isEmpty()) {
            throw new IllegalArgumentException("a '" + kind + "' check needs 'files': the path pattern of the files to look in.");
        }
        return Glob.of(files);
    }

    private static Pattern pattern(String value, String key) {
        if (value.length() > MAX_PATTERN) {
            throw new IllegalArgumentException("the pattern in '" + key + "' is longer than " + MAX_PATTERN + " characters.");
        }
        try {
            return Pattern.compile(value, Pattern.MULTILINE);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("the pattern in '" + key + "' is not a valid regular expression (" + e.getDescription()
                    + "); Signpost uses RE2 syntax, which has no back-references or look-arounds.");
        }
    }

    private static String text(Object value) {
        return value == null || value instanceof Map || value instanceof List ? "" : String.valueOf(value).strip();
    }

    private static String slug(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > 63 ? slug.substring(0, 63).replaceAll("-+$", "") : slug;
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
