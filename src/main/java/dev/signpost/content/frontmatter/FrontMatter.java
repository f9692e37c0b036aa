package dev.signpost.content.frontmatter;

import dev.signpost.content.ContentException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML block between {@code ---} lines at the top of a Markdown file, and the body after it.
 *
 * @param values    the parsed keys, unmodifiable (nested maps and lists as Jackson reads them)
 * @param body      the Markdown after the closing line
 * @param bodyLine  the 1-based line where the body starts in the file
 */
public record FrontMatter(Map<String, Object> values, String body, int bodyLine) {

    private static final ObjectMapper YAML = new YAMLMapper();
    private static final Pattern OPENING = Pattern.compile("\\A\\uFEFF?---[ \\t]*\\r?\\n");
    private static final Pattern CLOSING = Pattern.compile("^(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)", Pattern.MULTILINE);

    public FrontMatter {
        values = freezeMap(values);
    }

    /** Splits and parses a file's text. A file without front matter has no values and is all body. */
    public static FrontMatter parse(String source) throws ContentException {
        Split split = split(source);
        if (!split.closed()) {
            throw new ContentException("The front matter starts with '---' on line 1 but has no closing '---' line.", 1);
        }
        return new FrontMatter(parseYaml(split.yaml()), split.body(), split.bodyLine());
    }

    /**
     * A file's text cut at its front matter lines, without reading the YAML: what a page whose front matter cannot be
     * read is served from. Without a closing line the front matter is the first line and the body the rest.
     *
     * @param yaml   the text between the {@code ---} lines (empty when there are none)
     * @param closed false when the opening line has no closing line
     */
    public record Split(String yaml, String body, int bodyLine, boolean closed) {
    }

    public static Split split(String source) {
        Matcher open = OPENING.matcher(source);
        if (!open.find()) {
            return new Split("", stripBom(source), 1, true);
        }
        Matcher close = CLOSING.matcher(source);
        if (!close.find(open.end())) {
            return new Split("", source.substring(open.end()), 2, false);
        }
        String yaml = source.substring(open.end(), close.start());
        return new Split(yaml, source.substring(close.end()), 2 + countLines(yaml) + 1, true);
    }

    /** A deep, unmodifiable copy of parsed YAML or JSON, without keys or items that have no value. */
    public static Map<String, Object> frozen(Map<?, ?> map) {
        return freezeMap(map);
    }

    private static Map<String, Object> parseYaml(String yaml) throws ContentException {
        if (yaml.isBlank()) {
            return Map.of();
        }
        Object value;
        try {
            JsonNode node = YAML.readTree(yaml);
            value = node == null || node.isMissingNode() || node.isNull() ? null : YAML.treeToValue(node, Object.class);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null || at.getLineNr() < 1 ? 0 : at.getLineNr() + 1;
            throw new ContentException("The front matter is not valid YAML: " + e.getOriginalMessage(), line);
        }
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new ContentException("The front matter must be a list of 'key: value' lines, not a single value or a list.", 2);
        }
        return freezeMap(map);
    }

    /** Deep, unmodifiable copy; a key or item without a value ({@code key:}) counts as absent. */
    private static Map<String, Object> freezeMap(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            if (key != null && value != null) {
                copy.put(key.toString(), freeze(value));
            }
        });
        return Collections.unmodifiableMap(copy);
    }

    private static Object freeze(Object value) {
        if (value instanceof Map<?, ?> map) {
            return freezeMap(map);
        }
        if (value instanceof List<?> list) {
            return list.stream().filter(Objects::nonNull).map(FrontMatter::freeze).toList();
        }
        return value;
    }

    private static int countLines(String text) {
        int lines = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private static String stripBom(String source) {
        return source.startsWith("\uFEFF") ? source.substring(1) : source;
    }
}
