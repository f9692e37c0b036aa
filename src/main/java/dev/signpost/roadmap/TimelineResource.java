package dev.signpost.roadmap;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code /roadmap/timeline}: the roadmap's items on a quarter or year chart, with the same items as a list by quarter
 * (which a narrow screen shows instead of the chart). {@code deps=all} shows every dependency arrow.
 */
@Path("/roadmap")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class TimelineResource {

    /** The timeline page: the chart, the list, the filters it was drawn with, and whether every arrow shows. */
    public record TimelineView(Timeline timeline, TimelineList list, RoadmapFilter filter, boolean allDependencies,
            List<String> problems, int shown) {

        /** The same timeline with every arrow shown, or only the focused item's. */
        public String dependenciesHref(boolean all) {
            return filter.timelineHref(timeline.zoom(), all);
        }

        public List<ItemStatus> statuses() {
            return List.of(ItemStatus.values());
        }

        public String zoomHref(String zoom) {
            return filter.timelineHref(zoom, allDependencies);
        }
    }

    @CheckedTemplate(basePath = "roadmap")
    static class Templates {
        static native TemplateInstance timeline(TimelineView view);
    }

    @Inject
    RoadmapService service;

    @GET
    @Path("timeline")
    public Response timeline(@RestQuery String zoom, @RestQuery String deps, @RestQuery String team, @RestQuery String sig,
            @RestQuery String status, @RestQuery String tag, @RestQuery String q) {
        RoadmapFilter filter = new RoadmapFilter(team, sig, status, tag, q);
        List<String> problems = new ArrayList<>();
        if (zoom != null && !zoom.isBlank() && !Timeline.QUARTER.equals(zoom) && !Timeline.YEAR.equals(zoom)) {
            problems.add("Zoom is \"quarter\" or \"year\", not \"" + shorten(zoom) + "\".");
        }
        if (deps != null && !deps.isBlank() && !Timeline.ALL_DEPENDENCIES.equals(deps.strip())) {
            problems.add("Dependencies are shown for the item in focus, or all of them with \"deps=all\"; \"" + shorten(deps)
                    + "\" is not a choice.");
        }
        RoadmapFilter.Checked checked = filter.check(problems);
        Roadmap roadmap = service.roadmap();
        List<RoadmapItem> shown = roadmap.items().stream().filter(checked::matches).toList();
        TimelineView view = new TimelineView(Timeline.of(shown, roadmap.bySlug(), zoom, service.today()),
                TimelineList.of(shown, roadmap.bySlug(), service.today()), filter,
                deps != null && Timeline.ALL_DEPENDENCIES.equals(deps.strip()), problems, shown.size());
        return Response.status(problems.isEmpty() ? 200 : 400).entity(Templates.timeline(view)).build();
    }

    /** A parameter as quoted back in a message: long values are cut, since the page only needs to name them. */
    private static String shorten(String value) {
        String stripped = value.strip();
        return stripped.length() <= 40 ? stripped : stripped.substring(0, 39) + "…";
    }
}
