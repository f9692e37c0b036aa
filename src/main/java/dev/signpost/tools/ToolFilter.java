package dev.signpost.tools;

import dev.signpost.web.QueryString;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The catalog's filters as typed in the URL ({@code ring}, {@code category}, {@code tag}, {@code owner},
 * {@code since}, {@code q}) and the view ({@code radar} or {@code list}). {@link #check} says what means nothing.
 */
public record ToolFilter(String view, String ring, String category, String tag, String owner, String since, String q) {

    public static final String RADAR = "radar";
    public static final String LIST = "list";

    public ToolFilter {
        view = LIST.equals(view) ? LIST : RADAR;
        ring = clean(ring);
        category = clean(category);
        tag = clean(tag);
        owner = clean(owner);
        since = clean(since);
        q = clean(q);
    }

    /** The filters made sense of; a value that means nothing is null in it and explained in {@code problems}. */
    public record Checked(Ring ring, String category, String tag, String owner, LocalDate since, String text) {

        public boolean matches(Tool tool) {
            return (ring == null || ring == tool.ring())
                    && (category == null || category.equals(tool.category()))
                    && (tag == null || tool.doc().tags().contains(tag))
                    && (owner == null || owner.equals(tool.doc().owner()))
                    && (since == null || tool.lastChanged().map(d -> !d.isBefore(since)).orElse(false))
                    && (text == null || textMatches(tool, text));
        }

        public boolean any() {
            return ring != null || category != null || tag != null || owner != null || since != null || text != null;
        }

        private static boolean textMatches(Tool tool, String text) {
            String wanted = text.toLowerCase(Locale.ROOT);
            return contains(tool.title(), wanted) || contains(tool.slug(), wanted) || contains(tool.summary(), wanted)
                    || tool.doc().tags().stream().anyMatch(t -> contains(t, wanted))
                    || contains(tool.category(), wanted) || contains(tool.doc().owner(), wanted);
        }

        private static boolean contains(String value, String wanted) {
            return value != null && value.toLowerCase(Locale.ROOT).contains(wanted);
        }
    }

    public Checked check(List<String> categories, List<String> problems) {
        Ring byRing = null;
        if (ring != null) {
            byRing = Ring.of(ring).orElse(null);
            if (byRing == null) {
                problems.add("There is no ring \"" + ring + "\"; the rings are " + Ring.codes() + ".");
            }
        }
        String byCategory = null;
        if (category != null) {
            byCategory = categories.stream().filter(c -> c.equalsIgnoreCase(category)).findFirst().orElse(null);
            if (byCategory == null) {
                problems.add("There is no category \"" + category + "\"; the categories are " + String.join(", ", categories) + ".");
            }
        }
        LocalDate changedSince = null;
        if (since != null) {
            try {
                changedSince = LocalDate.parse(since);
            } catch (DateTimeParseException e) {
                problems.add("\"" + since + "\" is not a date; write it as 2026-09-01.");
            }
        }
        return new Checked(byRing, byCategory, tag == null ? null : tag.toLowerCase(Locale.ROOT), owner, changedSince, q);
    }

    /** The catalog with these filters in another view. */
    public String href(String otherView) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("view", LIST.equals(otherView) ? LIST : null);
        params.put("ring", ring);
        params.put("category", category);
        params.put("tag", tag);
        params.put("owner", owner);
        params.put("since", since);
        params.put("q", q);
        return QueryString.link("/tools", params);
    }

    public String href() {
        return href(view);
    }

    /** The JSON API with these filters. */
    public String apiHref() {
        return href(RADAR).replaceFirst("^/tools", "/api/v1/tools");
    }

    public boolean list() {
        return LIST.equals(view);
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
