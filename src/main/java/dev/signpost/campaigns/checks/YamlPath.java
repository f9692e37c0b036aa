package dev.signpost.campaigns.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where values sit in a YAML file: keys separated by dots, each a literal key or a {@link Glob}-style pattern over the
 * keys of a mapping ({@code *}, {@code deploy*}); on a list, {@code *} means every item. {@code jobs.*.uses} selects
 * the {@code uses} of every job, {@code jobs.*.steps.*.uses} that of every step. A literal key that a selected mapping
 * lacks still selects a value, a missing one: "every deploy job uses the paved road" fails for a job that does not.
 */
public final class YamlPath {

    /** A value found at the path (null when the last key is missing), and where: the keys and indexes that led to it. */
    public record Found(String at, Object value) {
    }

    private final String text;
    private final List<Glob> segments;
    private final List<Boolean> wildcard;

    private YamlPath(String text, List<Glob> segments, List<Boolean> wildcard) {
        this.text = text;
        this.segments = segments;
        this.wildcard = wildcard;
    }

    /** @throws IllegalArgumentException with a message for the author */
    public static YamlPath of(String path) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("a YAML path is empty");
        }
        List<Glob> segments = new ArrayList<>();
        List<Boolean> wildcard = new ArrayList<>();
        for (String part : path.strip().split("\\.", -1)) {
            if (part.isBlank()) {
                throw new IllegalArgumentException("the YAML path '" + path.strip() + "' has an empty key (two dots, or a dot at an end)");
            }
            segments.add(Glob.of(part.strip()));
            wildcard.add(part.contains("*") || part.contains("?") || part.contains("{") || part.contains("["));
        }
        if (segments.size() > 20) {
            throw new IllegalArgumentException("the YAML path '" + path.strip() + "' is deeper than 20 keys");
        }
        return new YamlPath(path.strip(), List.copyOf(segments), List.copyOf(wildcard));
    }

    /** Every value the path selects in a parsed YAML document (maps, lists and scalars). */
    public List<Found> select(Object root) {
        List<Found> found = new ArrayList<>();
        walk(root, 0, "", found);
        return found;
    }

    private void walk(Object node, int depth, String at, List<Found> found) {
        if (depth == segments.size()) {
            found.add(new Found(at, node));
            return;
        }
        Glob segment = segments.get(depth);
        if (wildcard.get(depth)) {
            if (node instanceof Map<?, ?> map) {
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    String key = String.valueOf(entry.getKey());
                    if (segment.matches(key)) {
                        walk(entry.getValue(), depth + 1, join(at, key), found);
                    }
                }
            } else if (node instanceof List<?> list && segment.toString().equals("*")) {
                for (int i = 0; i < list.size(); i++) {
                    walk(list.get(i), depth + 1, join(at, String.valueOf(i)), found);
                }
            }
            return;
        }
        String key = segment.toString();
        if (node instanceof Map<?, ?> map) {
            Object value = map.get(key);
            if (value == null && !map.containsKey(key) && isNumber(key)) {
                value = map.get(Integer.valueOf(key));
            }
            if (value == null && depth < segments.size() - 1) {
                found.add(new Found(join(at, key), null));
                return;
            }
            walk(value, depth + 1, join(at, key), found);
        } else if (node instanceof List<?> list && isNumber(key) && Integer.parseInt(key) < list.size()) {
            walk(list.get(Integer.parseInt(key)), depth + 1, join(at, key), found);
        } else {
            found.add(new Found(join(at, key), null));
        }
    }

    private static boolean isNumber(String key) {
        return !key.isEmpty() && key.length() < 9 && key.chars().allMatch(Character::isDigit);
    }

    private static String join(String at, String key) {
        return at.isEmpty() ? key : at + "." + key;
    }

    @Override
    public String toString() {
        return text;
    }
}
