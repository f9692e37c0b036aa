package dev.signpost.tools;

import dev.signpost.content.ContentProblem;
import dev.signpost.content.ContentSnapshot;
import dev.signpost.content.ContentTypes;
import dev.signpost.content.Document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The catalog at one moment: every tool in list order (ring, then category, then title) with its number on the
 * radar, who replaces whom, the radar's layout, and the problems found. Immutable; built from a content snapshot by
 * {@link #build}, a pure function.
 */
public record Catalog(List<Tool> tools, Map<String, Tool> bySlug, Map<String, Integer> numbers,
        Map<String, List<String>> replacedBy, List<String> categories, RadarLayout.Layout layout, List<ContentProblem> problems) {

    /** Slugs that would clash with the catalog's own pages. */
    static final Set<String> RESERVED = Set.of("changes");

    public static final Catalog EMPTY = build(List.of(), List.of("Other"));

    public Catalog {
        tools = List.copyOf(tools);
        bySlug = java.util.Collections.unmodifiableMap(new HashMap<>(bySlug));
        numbers = java.util.Collections.unmodifiableMap(new HashMap<>(numbers));
        replacedBy = Map.copyOf(replacedBy);
        categories = List.copyOf(categories);
        problems = List.copyOf(problems);
    }

    public static Catalog of(ContentSnapshot snapshot, List<String> categories) {
        return build(snapshot.byUrl().values().stream().filter(d -> d.type().equals(ContentTypes.TOOL.type())).toList(),
                categories);
    }

    static Catalog build(List<Document> docs, List<String> categories) {
        Map<String, Document> bySlugDoc = new TreeMap<>();
        List<ContentProblem> problems = new ArrayList<>();
        for (Document doc : docs) {
            String slug = ContentTypes.slug(doc.path());
            if (RESERVED.contains(slug)) {
                problems.add(ContentProblem.warning(doc.path(), 0, "A tool cannot be called '" + slug + "': /tools/" + slug
                        + " is the catalog's own page. Rename the file."));
                continue;
            }
            bySlugDoc.put(slug, doc);
        }
        ToolParser parser = new ToolParser(categories, bySlugDoc.keySet());
        List<Tool> tools = new ArrayList<>();
        bySlugDoc.forEach((slug, doc) -> {
            ToolParser.Parsed parsed = parser.parse(slug, doc);
            tools.add(parsed.tool());
            problems.addAll(parsed.problems());
        });
        tools.sort(listOrder(categories));
        Map<String, Tool> bySlug = new LinkedHashMap<>();
        Map<String, Integer> numbers = new HashMap<>();
        Map<String, List<String>> replacedBy = new HashMap<>();
        for (Tool tool : tools) {
            bySlug.put(tool.slug(), tool);
            numbers.put(tool.slug(), numbers.size() + 1);
            for (String replaced : tool.replaces()) {
                replacedBy.computeIfAbsent(replaced, s -> new ArrayList<>()).add(tool.slug());
            }
        }
        List<RadarLayout.Input> inputs = tools.stream().filter(Catalog::onRadar)
                .map(t -> new RadarLayout.Input(t.slug(), t.ring().index(), categories.indexOf(t.category()))).toList();
        RadarLayout.Layout layout = RadarLayout.layout(inputs, Math.max(1, categories.size()));
        problems.sort(Comparator.comparing(ContentProblem::path));
        return new Catalog(tools, bySlug, numbers, replacedBy.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.copyOf(e.getValue()))), categories, layout, problems);
    }

    /** Ring from the centre out, then category in radar order, then title; unknown rings and categories last. */
    static Comparator<Tool> listOrder(List<String> categories) {
        return Comparator.comparingInt((Tool t) -> t.ring() == null ? Integer.MAX_VALUE : t.ring().index())
                .thenComparingInt(t -> t.category() == null ? Integer.MAX_VALUE : categories.indexOf(t.category()))
                .thenComparing(Tool::title, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Tool::slug);
    }

    /** A tool with a known ring and category has a place on the radar. */
    public static boolean onRadar(Tool tool) {
        return tool.ring() != null && tool.category() != null;
    }

    public Optional<Tool> tool(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    public int number(Tool tool) {
        return numbers.getOrDefault(tool.slug(), 0);
    }

    /** The tools that replace this one. */
    public List<Tool> replacedBy(Tool tool) {
        return replacedBy.getOrDefault(tool.slug(), List.of()).stream().map(bySlug::get).toList();
    }

    public List<Tool> tools(List<String> slugs) {
        return slugs.stream().map(bySlug::get).filter(java.util.Objects::nonNull).toList();
    }
}
