package dev.signpost.content;

import dev.signpost.content.frontmatter.FrontMatterKeys;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads typed values out of the front matter map, collecting a warning for each value of the wrong shape. */
final class FrontMatterReader {
    private static final List<String> ORDER_KEYS = java.util.stream.Stream.concat(
            java.util.stream.Stream.of(FrontMatterKeys.ORDER), FrontMatterKeys.ORDER_ALIASES.stream()).toList();

    private final String path;
    private final Map<String, Object> values;
    private final List<ContentProblem> warnings = new ArrayList<>();

    FrontMatterReader(String path, Map<String, Object> values) {
        this.path = path;
        this.values = values;
    }

    List<ContentProblem> warnings() {
        return warnings;
    }

    String string(String key) {
        Object value = values.get(key);
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value == null ? null : value.toString();
        }
        warn(key, "should be a single line of text");
        return null;
    }

    LocalDate date(String key) {
        String text = string(key);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            warn(key, "'" + text + "' is not a date; write it as YYYY-MM-DD");
            return null;
        }
    }

    ReviewInterval interval(ReviewInterval fallback) {
        String text = string(FrontMatterKeys.REVIEW_EVERY);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return ReviewInterval.parse(text);
        } catch (IllegalArgumentException e) {
            warn(FrontMatterKeys.REVIEW_EVERY, e.getMessage() + "; using the default of " + fallback);
            return fallback;
        }
    }

    Integer order() {
        for (String key : ORDER_KEYS) {
            Object value = values.get(key);
            if (value instanceof Number n) {
                return n.intValue();
            }
            if (value != null) {
                try {
                    return Integer.parseInt(value.toString().strip());
                } catch (NumberFormatException e) {
                    warn(key, "should be a whole number");
                }
            }
        }
        return null;
    }

    List<String> tags() {
        Object value = values.get(FrontMatterKeys.TAGS);
        Set<String> tags = new LinkedHashSet<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> map && map.get("label") != null) {
                    item = map.get("label");
                }
                addTag(tags, item.toString());
            }
        } else if (value != null) {
            for (String item : value.toString().split(",")) {
                addTag(tags, item);
            }
        }
        return List.copyOf(tags);
    }

    private static void addTag(Set<String> tags, String raw) {
        String tag = raw.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s/\\\\?#%]+", "-");
        if (!tag.isEmpty() && tag.length() <= 64) {
            tags.add(tag);
        }
    }

    private void warn(String key, String message) {
        warnings.add(ContentProblem.warning(path, 0, "Front matter '" + key + "' " + message + "."));
    }
}
