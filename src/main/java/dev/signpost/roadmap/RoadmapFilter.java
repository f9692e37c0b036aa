package dev.signpost.roadmap;

import dev.signpost.web.QueryString;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The roadmap's filters as typed in the URL: {@code team}, {@code sig}, {@code status}, {@code tag}, {@code q}. */
public record RoadmapFilter(String team, String sig, String status, String tag, String q) {

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
        return link(path, null);
    }

    /** The timeline with these filters at a zoom ({@code quarter}, the default, or {@code year}). */
    public String timelineHref(String zoom) {
        return link("/roadmap/timeline", Timeline.YEAR.equals(zoom) ? zoom : null);
    }

    private String link(String path, String zoom) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("zoom", zoom);
        params.put("team", team);
        params.put("sig", sig);
        params.put("status", status);
        params.put("tag", tag);
        params.put("q", q);
        return QueryString.link(path, params);
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
