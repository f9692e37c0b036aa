package dev.signpost.campaigns;

import dev.signpost.campaigns.checks.SafeYaml;
import dev.signpost.content.ContentProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The organisation's repositories, read from content: {@code repositories.yml} (a list under {@code repositories}, and
 * an optional {@code web_url} template for all) and Backstage {@code catalog-info.yaml} files ({@code kind: Component}
 * with {@code metadata.name}, {@code spec.owner}, {@code spec.lifecycle}, and the repository from the
 * {@code backstage.io/source-location} annotation). Pure: text in, repositories and problems out; a repository named
 * twice keeps its first entry.
 */
public final class Inventory {

    public static final String FILE = "repositories.yml";
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Pattern URL = Pattern.compile("(https?|ssh|git|file)://\\S+|[\\w.-]+@[\\w.-]+:\\S+|demo:[A-Za-z0-9._-]+");

    /** What was read, in order, and what is wrong. */
    public record Read(List<Repository> repositories, List<ContentProblem> problems) {
    }

    private final Map<String, Repository> byName = new LinkedHashMap<>();
    private final List<ContentProblem> problems = new ArrayList<>();

    /** Adds the repositories of a {@code repositories.yml}. */
    public Inventory addFile(String path, String text) {
        Optional<List<Object>> documents = SafeYaml.parse(text);
        if (documents.isEmpty() || documents.get().size() != 1) {
            problems.add(ContentProblem.error(path, 0, "The file is not one YAML document; no repository in it is counted."));
            return this;
        }
        Object root = documents.get().get(0);
        Object list = root instanceof Map<?, ?> map ? map.get("repositories") : root;
        String webUrl = root instanceof Map<?, ?> map ? text(map.get("web_url")) : "";
        if (!(list instanceof List<?> entries)) {
            problems.add(ContentProblem.error(path, 0, "'repositories' must be a list of repositories, each with name, url and owner."));
            return this;
        }
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) instanceof Map<?, ?> entry) {
                add(path, "Repository " + (i + 1), text(entry.get("name")), text(entry.get("url")), text(entry.get("owner")),
                        list(entry.get("tags")), text(entry.get("lifecycle")), text(entry.get("web_url")).isEmpty() ? webUrl : text(entry.get("web_url")));
            } else {
                problems.add(ContentProblem.warning(path, 0, "Repository " + (i + 1) + " is not a mapping of name, url and owner; left out."));
            }
        }
        return this;
    }

    /** Adds the component a Backstage {@code catalog-info.yaml} describes, when it names its repository. */
    public Inventory addCatalogInfo(String path, String text) {
        for (Object document : SafeYaml.parse(text).orElse(List.of())) {
            if (!(document instanceof Map<?, ?> entity) || !"Component".equals(text(entity.get("kind")))) {
                continue;
            }
            Map<?, ?> metadata = entity.get("metadata") instanceof Map<?, ?> m ? m : Map.of();
            Map<?, ?> spec = entity.get("spec") instanceof Map<?, ?> s ? s : Map.of();
            Map<?, ?> annotations = metadata.get("annotations") instanceof Map<?, ?> a ? a : Map.of();
            String source = text(annotations.get("backstage.io/source-location")).replaceFirst("^url:", "");
            String url = source.replaceFirst("/(tree|blob|-/tree)/[^/]+/?.*$", "").replaceFirst("/+$", "");
            if (url.isEmpty()) {
                problems.add(ContentProblem.warning(path, 0, "The component '" + text(metadata.get("name"))
                        + "' has no backstage.io/source-location annotation, so its repository is not known; left out."));
                continue;
            }
            add(path, "The component", text(metadata.get("name")), url.endsWith(".git") ? url : url + ".git", owner(text(spec.get("owner"))),
                    list(metadata.get("tags")), text(spec.get("lifecycle")), "");
        }
        return this;
    }

    public Read read() {
        return new Read(List.copyOf(byName.values()), List.copyOf(problems));
    }

    private void add(String path, String which, String name, String url, String owner, List<String> tags, String lifecycle, String webUrl) {
        if (!NAME.matcher(name).matches()) {
            problems.add(ContentProblem.warning(path, 0, which + (name.isEmpty() ? " has no name" : " has the name '" + name
                    + "', which is not letters, digits, dots, dashes and underscores") + "; left out."));
        } else if (!URL.matcher(url).matches()) {
            problems.add(ContentProblem.warning(path, 0, "'" + name + "' has no git URL (https://, ssh://, git://, file:// or user@host:path); left out."));
        } else if (owner.isEmpty()) {
            problems.add(ContentProblem.warning(path, 0, "'" + name + "' has no owner team; left out."));
        } else if (byName.containsKey(name)) {
            problems.add(ContentProblem.warning(path, 0, "'" + name + "' is listed twice; the first entry counts."));
        } else {
            byName.put(name, new Repository(name, url, owner, tags, lifecycle, webUrl));
        }
    }

    /** Backstage owners are entity references ({@code group:default/payments}); the team is the last part. */
    private static String owner(String reference) {
        String owner = reference.contains("/") ? reference.substring(reference.lastIndexOf('/') + 1) : reference;
        return owner.contains(":") ? owner.substring(owner.indexOf(':') + 1) : owner;
    }

    private static List<String> list(Object value) {
        List<String> values = new ArrayList<>();
        for (Object entry : value instanceof List<?> l ? l : value == null ? List.of() : List.of(value)) {
            String text = text(entry);
            if (!text.isEmpty() && !values.contains(text)) {
                values.add(text);
            }
        }
        return List.copyOf(values);
    }

    private static String text(Object value) {
        return value == null || value instanceof Map || value instanceof List ? "" : String.valueOf(value).strip();
    }
}
