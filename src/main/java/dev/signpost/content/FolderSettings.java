package dev.signpost.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.signpost.content.frontmatter.FrontMatter;

import java.util.List;
import java.util.Map;

/**
 * What other tools' folder files say about arranging docs, read from a {@link Document} of type
 * {@link ContentTypes#FOLDER_SETTINGS}: Docusaurus' {@code _category_.json}/{@code .yml} (label, position) and MkDocs'
 * {@code mkdocs.yml} (site_name, docs_dir, nav). Every other key is ignored.
 *
 * @param folder   the folder the file is in
 * @param label    the folder's title in the navigation (label or site_name), or null
 * @param position the folder's place among its siblings, or null
 * @param docsDir  for mkdocs.yml: its docs_dir ({@code docs} when not given), else null
 * @param nav      for mkdocs.yml: its nav entries as written, else an empty list
 */
public record FolderSettings(String folder, String label, Double position, String docsDir, List<Object> nav) {

    /** Jackson reads YAML tags it does not know ({@code !!python/name:...}) as plain values, never as types. */
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    public FolderSettings {
        nav = nav == null ? List.of() : List.copyOf(nav);
    }

    public boolean mkdocs() {
        return docsDir != null;
    }

    /** The keys of a settings file's text; a file that is not valid YAML or JSON, or not a map, is a problem. */
    static Map<String, Object> read(String path, String text) throws ContentException {
        boolean json = path.toLowerCase(java.util.Locale.ROOT).endsWith(".json");
        Object value;
        try {
            value = text.isBlank() ? null : (json ? JSON : YAML).readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ContentException("The file is not valid " + (json ? "JSON" : "YAML") + ": " + e.getOriginalMessage(),
                    at == null || at.getLineNr() < 1 ? 0 : at.getLineNr());
        }
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new ContentException("The file must hold 'key: value' settings, not a single value or a list.", 1);
        }
        return FrontMatter.frozen(map);
    }

    static FolderSettings of(Document settings) {
        Map<String, Object> values = settings.frontMatter();
        String folder = ContentPaths.parent(settings.path());
        boolean mkdocs = ContentPaths.fileName(settings.path()).toLowerCase(java.util.Locale.ROOT).startsWith("mkdocs.");
        if (mkdocs) {
            Object nav = values.get("nav");
            String docsDir = text(values.get("docs_dir"));
            docsDir = docsDir == null ? "docs" : docsDir.replace('\\', '/').replaceAll("^\\./", "").replaceAll("/+$", "");
            if (docsDir.contains("..") || docsDir.startsWith("/")) {
                docsDir = "docs";
            }
            return new FolderSettings(folder, text(values.get("site_name")), null, docsDir,
                    nav instanceof List<?> list ? List.copyOf(list) : List.of());
        }
        Object position = values.get("position");
        Double at = null;
        if (position instanceof Number n) {
            at = n.doubleValue();
        } else if (position != null) {
            try {
                at = Double.valueOf(position.toString().strip());
            } catch (NumberFormatException e) {
                at = null;
            }
        }
        return new FolderSettings(folder, text(values.get("label")), at, null, List.of());
    }

    static String text(Object value) {
        if (value == null || value instanceof Map<?, ?> || value instanceof List<?>) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }
}
