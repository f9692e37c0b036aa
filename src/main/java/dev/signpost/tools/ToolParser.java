package dev.signpost.tools;

import dev.signpost.content.ContentPaths;
import dev.signpost.content.ContentProblem;
import dev.signpost.content.Document;
import dev.signpost.content.frontmatter.FrontMatterFields;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Pure function from a tool's document to a {@link Tool} and the problems in its front matter. Whatever is wrong is
 * reported and left out; the tool is still built from the rest.
 */
final class ToolParser {

    static final String RING = "ring";
    static final String CATEGORY = "category";
    static final String HOMEPAGE = "homepage";
    static final String DOCS = "docs";
    static final String SUPPORT = "support";
    static final String REPLACES = "replaces";
    static final String ALTERNATIVES = "alternatives";
    static final String HISTORY = "history";

    /** The tool and what is wrong with it. */
    record Parsed(Tool tool, List<ContentProblem> problems) {
    }

    private final List<String> categories;
    private final Set<String> slugs;

    /**
     * @param categories the configured categories
     * @param slugs      every tool's slug, for checking {@code replaces} and {@code alternatives}
     */
    ToolParser(List<String> categories, Set<String> slugs) {
        this.categories = categories;
        this.slugs = slugs;
    }

    Parsed parse(String slug, Document doc) {
        List<ContentProblem> problems = new ArrayList<>();
        Map<String, Object> fm = doc.frontMatter();
        Ring ring = ring(doc, fm.get(RING), problems);
        String category = category(doc, fm.get(CATEGORY), problems);
        List<Tool.HistoryEntry> history = history(doc, fm.get(HISTORY), problems);
        if (ring != null && !history.isEmpty() && history.get(history.size() - 1).ring() != ring) {
            problems.add(FrontMatterFields.warning(doc, "The last history entry puts the tool in '" + history.get(history.size() - 1).ring().code()
                    + "' but 'ring' is '" + ring.code() + "'; add a history entry for the move to '" + ring.code() + "'."));
        }
        String homepage = externalUrl(doc, HOMEPAGE, FrontMatterFields.text(fm.get(HOMEPAGE)), problems);
        Tool tool = new Tool(slug, doc, ring, category, homepage, links(doc, fm.get(DOCS), problems), FrontMatterFields.text(fm.get(SUPPORT)),
                FrontMatterFields.slugs(doc, slug, REPLACES, fm.get(REPLACES), slugs, "tools", problems),
                FrontMatterFields.slugs(doc, slug, ALTERNATIVES, fm.get(ALTERNATIVES), slugs, "tools", problems),
                history);
        return new Parsed(tool, problems);
    }

    private static Ring ring(Document doc, Object value, List<ContentProblem> problems) {
        String code = FrontMatterFields.text(value);
        if (code == null) {
            problems.add(FrontMatterFields.warning(doc, "No 'ring'; write one of " + Ring.codes() + ". The tool is listed but not on the radar."));
            return null;
        }
        Optional<Ring> ring = Ring.of(code);
        if (ring.isEmpty()) {
            problems.add(FrontMatterFields.warning(doc, "Unknown ring '" + code + "'; write one of " + Ring.codes()
                    + ". The tool is listed but not on the radar."));
        }
        return ring.orElse(null);
    }

    private String category(Document doc, Object value, List<ContentProblem> problems) {
        String name = FrontMatterFields.text(value);
        if (name == null) {
            problems.add(FrontMatterFields.warning(doc, "No 'category'; write one of " + String.join(", ", categories)
                    + ". The tool is listed but not on the radar."));
            return null;
        }
        for (String known : categories) {
            if (known.equalsIgnoreCase(name.strip())) {
                return known;
            }
        }
        problems.add(FrontMatterFields.warning(doc, "Unknown category '" + name + "'; write one of " + String.join(", ", categories)
                + " (or add it to signpost.tools.categories). The tool is listed but not on the radar."));
        return null;
    }

    private static List<Tool.HistoryEntry> history(Document doc, Object value, List<ContentProblem> problems) {
        List<Tool.HistoryEntry> entries = new ArrayList<>();
        if (value == null) {
            return entries;
        }
        if (!(value instanceof List<?> list)) {
            problems.add(FrontMatterFields.warning(doc, "'history' must be a list of {date, ring, note} entries."));
            return entries;
        }
        int number = 0;
        for (Object item : list) {
            number++;
            if (!(item instanceof Map<?, ?> map)) {
                problems.add(FrontMatterFields.warning(doc, "History entry " + number + " must have 'date', 'ring' and 'note'; it is left out."));
                continue;
            }
            LocalDate date = FrontMatterFields.day(FrontMatterFields.text(map.get("date")));
            Optional<Ring> ring = Ring.of(FrontMatterFields.text(map.get("ring")));
            if (date == null || ring.isEmpty()) {
                problems.add(FrontMatterFields.warning(doc, "History entry " + number + " needs a date (YYYY-MM-DD) and a ring (" + Ring.codes()
                        + "); it has date '" + FrontMatterFields.text(map.get("date")) + "' and ring '" + FrontMatterFields.text(map.get("ring")) + "' and is left out."));
                continue;
            }
            if (!entries.isEmpty() && date.isBefore(entries.get(entries.size() - 1).date())) {
                problems.add(FrontMatterFields.warning(doc, "History entry " + number + " (" + date + ") comes before the entry above it ("
                        + entries.get(entries.size() - 1).date() + "); list history oldest first. Shown in date order."));
            }
            String note = FrontMatterFields.text(map.get("note"));
            entries.add(new Tool.HistoryEntry(date, ring.get(), note == null ? "" : note));
        }
        entries.sort(java.util.Comparator.comparing(Tool.HistoryEntry::date));
        return entries;
    }

    private static List<Tool.Link> links(Document doc, Object value, List<ContentProblem> problems) {
        List<Tool.Link> links = new ArrayList<>();
        if (value == null) {
            return links;
        }
        List<?> list = value instanceof List<?> l ? l : List.of(value);
        for (Object item : list) {
            String title;
            String url;
            if (item instanceof Map<?, ?> map) {
                url = FrontMatterFields.text(map.get("url"));
                title = FrontMatterFields.text(map.get("title"));
            } else {
                url = FrontMatterFields.text(item);
                title = null;
            }
            Optional<String> href = href(doc, url);
            if (href.isEmpty()) {
                problems.add(FrontMatterFields.warning(doc, "A 'docs' link needs a 'url' that is an http(s) address or a path to a file in the "
                        + "content; '" + url + "' is left out."));
                continue;
            }
            links.add(new Tool.Link(title == null || title.isBlank() ? url : title, href.get()));
        }
        return links;
    }

    /** An external http(s) URL as is, or a content path relative to the tool's file as the portal URL it is served at. */
    private static Optional<String> href(Document doc, String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String trimmed = url.strip();
        String lower = trimmed.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return Optional.of(trimmed);
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*:.*")) {
            return Optional.empty();
        }
        int hash = trimmed.indexOf('#');
        String path = hash < 0 ? trimmed : trimmed.substring(0, hash);
        String fragment = hash < 0 ? "" : trimmed.substring(hash);
        return ContentPaths.resolve(doc.path(), path).map(resolved -> ContentPaths.href(ContentPaths.linkUrl(resolved, false)) + fragment);
    }

    private static String externalUrl(Document doc, String key, String url, List<ContentProblem> problems) {
        if (url == null) {
            return null;
        }
        String lower = url.strip().toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return url.strip();
        }
        problems.add(FrontMatterFields.warning(doc, "'" + key + "' must be an http(s) address; '" + url + "' is left out."));
        return null;
    }
}
