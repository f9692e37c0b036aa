package dev.signpost.roadmap;

import dev.signpost.web.QueryString;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The roadmap's filters as typed in the URL: {@code team}, {@code sig}, {@code status}, {@code tag}, {@code q}. */
public record RoadmapFilter(String team, String sig, String status, String tag, String q) {

    /** No filter: everything. */
    public static final RoadmapFilter NONE = new RoadmapFilter(null, null, null, null, null);

    public RoadmapFilter {
        team = clean(team);
        sig = clean(sig);
        status = clean(status);
        tag = clean(tag);
        q = clean(q);
    }

    /** The filters made sense of; an unknown status is left out and explained. */
    public record Checked(String team, String sig, ItemStatus status, String tag, String text) {

        public boolean matches(RoadmapItem item) {
            return (team == null || team.equals(item.team()))
                    && (sig == null || sig.equals(item.sig()))
                    && (status == null || status == item.status())
                    && (tag == null || item.doc().tags().contains(tag))
                    && (text == null || contains(item.title(), text) || contains(item.doc().description(), text)
                            || contains(item.slug(), text) || item.doc().tags().stream().anyMatch(t -> contains(t, text)));
        }

        public boolean any() {
            return team != null || sig != null || status != null || tag != null || text != null;
        }

        /** Whether an item that is no longer in the content, known from a baseline, passes the filters. */
        public boolean matches(ItemState removed) {
            return tag == null
                    && (team == null || team.equals(removed.team()))
                    && (sig == null || sig.equals(removed.sig()))
                    && (status == null || status == removed.status())
                    && (text == null || contains(removed.title(), text) || contains(removed.slug(), text));
        }

        private static boolean contains(String value, String wanted) {
            return value != null && value.toLowerCase(Locale.ROOT).contains(wanted.toLowerCase(Locale.ROOT));
        }
    }

    public Checked check(List<String> problems) {
        ItemStatus byStatus = null;
        if (status != null) {
            byStatus = ItemStatus.of(status).orElse(null);
            if (byStatus == null) {
                problems.add("There is no status \"" + status + "\"; the statuses are " + ItemStatus.codes() + ".");
            }
        }
        return new Checked(team, sig, byStatus, tag == null ? null : tag.toLowerCase(Locale.ROOT), q);
    }

    public String href(String path) {
        return link(path, Map.of());
    }

    /** The timeline with these filters at a zoom ({@code quarter}, the default, or {@code year}). */
    public String timelineHref(String zoom) {
        return timelineHref(zoom, false);
    }

    /** The timeline with these filters at a zoom, with every dependency arrow shown or only those of the item in focus. */
    public String timelineHref(String zoom, boolean allDependencies) {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("zoom", Timeline.YEAR.equals(zoom) ? zoom : null);
        extra.put("deps", allDependencies ? Timeline.ALL_DEPENDENCIES : null);
        return link("/roadmap/timeline", extra);
    }

    /** The board with these filters as a download ({@code csv} or {@code md}). */
    public String boardExport(String format) {
        return link("/roadmap", Map.of("format", format));
    }

    /** The changes view with these filters since a baseline ({@code YYYY-MM-DD}, {@code review:{id}} or null for the default). */
    public String changesHref(String since) {
        return since == null ? link("/roadmap/changes", Map.of()) : link("/roadmap/changes", Map.of("since", since));
    }

    /** The changes view with these filters as a download. */
    public String changesExport(String since, String format) {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("since", since);
        extra.put("format", format);
        return link("/roadmap/changes", extra);
    }

    /** The filters set, as a person reads them ("team ci-platform, status at-risk"); empty when none. */
    public String summary() {
        List<String> parts = new java.util.ArrayList<>();
        Map.of("team", nonNull(team), "SIG", nonNull(sig), "status", nonNull(status), "tag", nonNull(tag), "text", nonNull(q))
                .entrySet().stream().filter(e -> !e.getValue().isEmpty()).sorted(Map.Entry.comparingByKey())
                .forEach(e -> parts.add(e.getKey() + " " + e.getValue()));
        return String.join(", ", parts);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private String link(String path, Map<String, String> extra) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("zoom", extra.get("zoom"));
        params.put("deps", extra.get("deps"));
        params.put("since", extra.get("since"));
        params.put("team", team);
        params.put("sig", sig);
        params.put("status", status);
        params.put("tag", tag);
        params.put("q", q);
        params.put("format", extra.get("format"));
        return QueryString.link(path, params);
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
