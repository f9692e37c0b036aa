package dev.signpost.roadmap;

import dev.signpost.content.ContentProblem;
import dev.signpost.content.Document;
import dev.signpost.content.frontmatter.FrontMatterFields;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Pure function from a roadmap item's document to a {@link RoadmapItem} and the problems in its front matter. */
final class RoadmapParser {

    /** The item and what is wrong with it. */
    record Parsed(RoadmapItem item, List<ContentProblem> problems) {
    }

    private final Set<String> items;
    private final Set<String> tools;
    private final Quarter current;

    /**
     * @param items   every roadmap item's slug, for {@code depends_on}
     * @param tools   every tool's slug, for {@code tools}
     * @param current this quarter, for deriving horizons
     */
    RoadmapParser(Set<String> items, Set<String> tools, Quarter current) {
        this.items = items;
        this.tools = tools;
        this.current = current;
    }

    Parsed parse(String slug, Document doc) {
        List<ContentProblem> problems = new ArrayList<>();
        Map<String, Object> fm = doc.frontMatter();
        String statusText = FrontMatterFields.text(fm.get("status"));
        ItemStatus status = ItemStatus.of(statusText).orElse(null);
        if (status == null) {
            problems.add(FrontMatterFields.warning(doc, statusText == null ? "No 'status'; write one of " + ItemStatus.codes() + "."
                    : "Unknown status '" + statusText + "'; write one of " + ItemStatus.codes() + "."));
        }
        When start = when(doc, "start", fm.get("start"), problems);
        When target = when(doc, "target", fm.get("target"), problems);
        if (start != null && target != null && start.from().isAfter(target.until())) {
            problems.add(FrontMatterFields.warning(doc, "'start' (" + start + ") is after 'target' (" + target + ")."));
        }
        String horizonText = FrontMatterFields.text(fm.get("horizon"));
        Horizon horizon = Horizon.of(horizonText).orElse(null);
        if (horizonText != null && horizon == null) {
            problems.add(FrontMatterFields.warning(doc, "Unknown horizon '" + horizonText + "'; write now, next or later, or leave it out to "
                    + "derive it from status and target."));
        }
        boolean derived = horizon == null;
        if (derived) {
            horizon = Horizon.derive(status, target == null ? null : target.quarter(), current);
        }
        List<RoadmapItem.Update> updates = updates(doc, fm.get("updates"), problems);
        if (status != null && !updates.isEmpty() && updates.get(updates.size() - 1).status() != status) {
            problems.add(FrontMatterFields.warning(doc, "The last update says '" + updates.get(updates.size() - 1).status().code()
                    + "' but 'status' is '" + status.code() + "'; add an update for the change to '" + status.code() + "'."));
        }
        updates.stream().filter(u -> u.target() != null).reduce((a, b) -> b).ifPresent(u -> {
            if (target != null && !u.target().equals(target)) {
                problems.add(FrontMatterFields.warning(doc, "The update of " + u.date() + " sets the target to " + u.target()
                        + " but 'target' is " + target + "; add an update for the move to " + target + "."));
            }
        });
        RoadmapItem item = new RoadmapItem(slug, doc, status, horizon, derived, start, target, FrontMatterFields.text(fm.get("team")),
                FrontMatterFields.text(fm.get("sig")), FrontMatterFields.slugs(doc, slug, "depends_on", fm.get("depends_on"), items, "roadmap", problems),
                FrontMatterFields.slugs(doc, null, "tools", fm.get("tools"), tools, "tools", problems), updates);
        return new Parsed(item, problems);
    }

    private static When when(Document doc, String key, Object value, List<ContentProblem> problems) {
        String text = FrontMatterFields.text(value);
        if (text == null) {
            return null;
        }
        Optional<When> when = When.parse(text);
        if (when.isEmpty()) {
            problems.add(FrontMatterFields.warning(doc, "'" + key + "' is '" + text + "', which is neither a quarter (2026-Q3) nor a date (2026-08-14)."));
        }
        return when.orElse(null);
    }

    private static List<RoadmapItem.Update> updates(Document doc, Object value, List<ContentProblem> problems) {
        List<RoadmapItem.Update> updates = new ArrayList<>();
        if (value == null) {
            return updates;
        }
        if (!(value instanceof List<?> list)) {
            problems.add(FrontMatterFields.warning(doc, "'updates' must be a list of {date, status, note} entries."));
            return updates;
        }
        int number = 0;
        for (Object entry : list) {
            number++;
            Map<?, ?> map = entry instanceof Map<?, ?> m ? m : Map.of();
            LocalDate date = FrontMatterFields.day(FrontMatterFields.text(map.get("date")));
            Optional<ItemStatus> status = ItemStatus.of(FrontMatterFields.text(map.get("status")));
            if (date == null || status.isEmpty()) {
                problems.add(FrontMatterFields.warning(doc, "Update " + number + " needs a date (YYYY-MM-DD) and a status (" + ItemStatus.codes()
                        + "); it is left out."));
                continue;
            }
            if (!updates.isEmpty() && date.isBefore(updates.get(updates.size() - 1).date())) {
                problems.add(FrontMatterFields.warning(doc, "Update " + number + " (" + date + ") comes before the update above it ("
                        + updates.get(updates.size() - 1).date() + "); list updates oldest first. Shown in date order."));
            }
            String note = FrontMatterFields.text(map.get("note"));
            String targetText = FrontMatterFields.text(map.get("target"));
            When target = targetText == null ? null : When.parse(targetText).orElse(null);
            if (targetText != null && target == null) {
                problems.add(FrontMatterFields.warning(doc, "Update " + number + " has target '" + targetText
                        + "', which is neither a quarter (2026-Q3) nor a date (2026-08-14); the target is left out."));
            }
            updates.add(new RoadmapItem.Update(date, status.get(), note == null ? "" : note, target));
        }
        updates.sort(Comparator.comparing(RoadmapItem.Update::date));
        return updates;
    }
}
