package dev.signpost.roadmap;

import dev.signpost.content.ContentProblem;
import dev.signpost.content.ContentSnapshot;
import dev.signpost.content.ContentTypes;
import dev.signpost.content.Document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The roadmap at one moment: every item (by target, then title), who blocks whom, and the problems found, including
 * dependency cycles. Immutable; built from a content snapshot by {@link #build}, a pure function.
 */
public record Roadmap(List<RoadmapItem> items, Map<String, RoadmapItem> bySlug, Map<String, List<String>> blocks,
        List<ContentProblem> problems) {

    /** Slugs that would clash with the roadmap's own pages. */
    static final Set<String> RESERVED = Set.of("timeline", "changes", "reviews");

    public Roadmap {
        items = List.copyOf(items);
        bySlug = Map.copyOf(bySlug);
        blocks = Map.copyOf(blocks);
        problems = List.copyOf(problems);
    }

    public static Roadmap of(ContentSnapshot snapshot, Quarter current) {
        List<Document> docs = new ArrayList<>();
        Set<String> tools = new HashSet<>();
        for (Document doc : snapshot.byUrl().values()) {
            if (doc.type().equals(ContentTypes.ROADMAP.type())) {
                docs.add(doc);
            } else if (doc.type().equals(ContentTypes.TOOL.type())) {
                tools.add(ContentTypes.slug(doc.path()));
            }
        }
        return build(docs, tools, current);
    }

    static Roadmap build(List<Document> docs, Set<String> tools, Quarter current) {
        Map<String, Document> bySlugDoc = new TreeMap<>();
        List<ContentProblem> problems = new ArrayList<>();
        for (Document doc : docs) {
            String slug = ContentTypes.slug(doc.path());
            if (RESERVED.contains(slug)) {
                problems.add(ContentProblem.warning(doc.path(), 0, "A roadmap item cannot be called '" + slug + "': /roadmap/"
                        + slug + " is one of the roadmap's own pages. Rename the file."));
                continue;
            }
            bySlugDoc.put(slug, doc);
        }
        RoadmapParser parser = new RoadmapParser(bySlugDoc.keySet(), tools, current);
        List<RoadmapItem> items = new ArrayList<>();
        bySlugDoc.forEach((slug, doc) -> {
            RoadmapParser.Parsed parsed = parser.parse(slug, doc);
            items.add(parsed.item());
            problems.addAll(parsed.problems());
        });
        items.sort(Comparator.comparing((RoadmapItem i) -> i.target() == null ? java.time.LocalDate.MAX : i.target().until())
                .thenComparing(RoadmapItem::title, String.CASE_INSENSITIVE_ORDER));
        Map<String, RoadmapItem> bySlug = new LinkedHashMap<>();
        Map<String, List<String>> blocks = new HashMap<>();
        for (RoadmapItem item : items) {
            bySlug.put(item.slug(), item);
            for (String needed : item.dependsOn()) {
                blocks.computeIfAbsent(needed, s -> new ArrayList<>()).add(item.slug());
            }
        }
        for (List<String> cycle : cycles(bySlug)) {
            RoadmapItem first = bySlug.get(cycle.get(0));
            problems.add(ContentProblem.warning(first.doc().path(), 0, "'depends_on' goes round in a circle: "
                    + String.join(" → ", cycle) + " → " + cycle.get(0) + ". Remove one of these dependencies."));
        }
        problems.sort(Comparator.comparing(ContentProblem::path));
        return new Roadmap(items, bySlug, blocks.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.copyOf(e.getValue()))), problems);
    }

    /** Every dependency cycle once, starting at its alphabetically first item. */
    static List<List<String>> cycles(Map<String, RoadmapItem> items) {
        List<List<String>> cycles = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String start : new TreeMap<>(items).keySet()) {
            Deque<String> path = new ArrayDeque<>();
            walk(start, start, items, path, new HashSet<>(), cycles, seen);
        }
        return cycles;
    }

    private static void walk(String start, String at, Map<String, RoadmapItem> items, Deque<String> path, Set<String> onPath,
            List<List<String>> cycles, Set<String> seen) {
        path.addLast(at);
        onPath.add(at);
        for (String next : items.get(at).dependsOn()) {
            if (next.equals(start)) {
                List<String> cycle = List.copyOf(path);
                String key = cycle.stream().sorted().collect(Collectors.joining(","));
                if (cycle.stream().allMatch(s -> s.compareTo(start) >= 0) && seen.add(key)) {
                    cycles.add(cycle);
                }
            } else if (!onPath.contains(next) && next.compareTo(start) > 0 && items.containsKey(next)) {
                walk(start, next, items, path, onPath, cycles, seen);
            }
        }
        onPath.remove(at);
        path.removeLast();
    }

    public Optional<RoadmapItem> item(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    /** The items that need this one first. */
    public List<RoadmapItem> blockedBy(RoadmapItem item) {
        return item.dependsOn().stream().map(bySlug::get).toList();
    }

    /** The items waiting for this one. */
    public List<RoadmapItem> blocks(RoadmapItem item) {
        return blocks.getOrDefault(item.slug(), List.of()).stream().map(bySlug::get).toList();
    }

    /** Every item as it is now, by slug: what a review freezes. */
    public Map<String, ItemState> states() {
        Map<String, ItemState> states = new LinkedHashMap<>();
        items.forEach(i -> states.put(i.slug(), i.state()));
        return states;
    }

    /** Every item as its history says it was at the end of a day (see {@link RoadmapItem#stateOn}). */
    public Map<String, ItemState> statesOn(java.time.LocalDate day) {
        Map<String, ItemState> states = new LinkedHashMap<>();
        items.forEach(i -> i.stateOn(day).ifPresent(s -> states.put(i.slug(), s)));
        return states;
    }
}
