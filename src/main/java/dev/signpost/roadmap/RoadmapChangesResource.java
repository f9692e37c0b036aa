package dev.signpost.roadmap;

import dev.signpost.database.DatabaseUnavailableException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * {@code /roadmap/changes}: what changed on the roadmap since a date or a review (added, removed, status, target,
 * horizon), as a page, CSV or Markdown.
 */
@Path("/roadmap")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class RoadmapChangesResource {

    private static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    /** The changes view: the baseline, the changes by kind, and the reviews one can compare with instead. */
    public record ChangesView(RoadmapFilter filter, List<String> problems, String since, Baseline baseline, List<ChangeGroup> groups,
            int count, List<RoadmapReview> reviews, Collection<String> teams, Collection<String> sigs, Collection<String> tags,
            LocalDate today) {

        public List<ItemStatus> statuses() {
            return List.of(ItemStatus.values());
        }

        /** The date picked, for the date field (empty when a review is compared with). */
        public String sinceDate() {
            return baseline != null && baseline.review() == null ? baseline.since().toString() : (since == null ? "" : since);
        }
    }

    /** Changes of one kind. */
    public record ChangeGroup(RoadmapChange.Kind kind, List<RoadmapChange> changes) {

        static List<ChangeGroup> of(List<RoadmapChange> changes) {
            List<ChangeGroup> groups = new ArrayList<>();
            for (RoadmapChange.Kind kind : RoadmapChange.Kind.values()) {
                List<RoadmapChange> ofKind = changes.stream().filter(c -> c.kind() == kind).toList();
                if (!ofKind.isEmpty()) {
                    groups.add(new ChangeGroup(kind, ofKind));
                }
            }
            return groups;
        }
    }

    @CheckedTemplate(basePath = "roadmap")
    static class Templates {
        static native TemplateInstance changes(ChangesView view);
    }

    @Inject
    RoadmapService service;
    @Inject
    RoadmapHistory history;
    @Inject
    RoadmapReviews reviews;

    @GET
    @Path("changes")
    @Produces({MediaType.TEXT_HTML + ";charset=UTF-8", "text/csv;charset=UTF-8", "text/markdown;charset=UTF-8"})
    public Response changes(@RestQuery String since, @RestQuery String team, @RestQuery String sig, @RestQuery String status,
            @RestQuery String tag, @RestQuery String q, @RestQuery String format) {
        Roadmap roadmap = service.roadmap();
        RoadmapFilter filter = new RoadmapFilter(team, sig, status, tag, q);
        List<String> problems = new ArrayList<>();
        RoadmapFilter.Checked checked = filter.check(problems);
        Optional<RoadmapExport.Format> download = RoadmapExport.Format.of(format, problems);
        Baseline baseline = history.resolve(since, problems).orElse(null);
        List<RoadmapChange> changes = baseline == null ? List.of() : history.changes(baseline, checked);
        if (download.isPresent() && problems.isEmpty()) {
            RoadmapExport.Format f = download.get();
            String body = f == RoadmapExport.Format.CSV ? RoadmapExport.changesCsv(changes)
                    : RoadmapExport.changesMarkdown(changes, baseline, service.today());
            return attachment(body, f, "roadmap-changes-" + baseline.param().replace(':', '-'));
        }
        ChangesView view = new ChangesView(filter, problems, since, baseline, ChangeGroup.of(changes), changes.size(), recentReviews(),
                RoadmapResource.values(roadmap, RoadmapItem::team), RoadmapResource.values(roadmap, RoadmapItem::sig), RoadmapResource.tags(roadmap), service.today());
        return Response.status(problems.isEmpty() ? 200 : 400).entity(Templates.changes(view)).type(HTML).build();
    }

    /** The latest reviews to compare with; none when the database cannot be reached (the view still works by date). */
    private List<RoadmapReview> recentReviews() {
        try {
            return reviews.recent(8);
        } catch (DatabaseUnavailableException | jakarta.persistence.PersistenceException e) {
            return List.of();
        }
    }

    static Response attachment(String body, RoadmapExport.Format format, String name) {
        return Response.ok(body, format.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + format.extension + "\"").build();
    }
}
