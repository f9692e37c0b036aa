package dev.signpost.roadmap;

import dev.signpost.database.Submissions;
import dev.signpost.content.markdown.MarkdownRenderer;
import dev.signpost.security.CurrentUser;
import dev.signpost.security.Roles;
import dev.signpost.web.Flash;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;
import java.util.List;

/**
 * {@code /roadmap/reviews}: the reviews recorded, each with what it saw and what changed since; a manager records
 * one, which freezes every item's status, target and horizon.
 */
@Path("/roadmap/reviews")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class ReviewsResource {

    static final String RECORDED = "review-recorded";

    /** One review's page. */
    public record ReviewView(RoadmapReview review, List<SeenRow> seen, String notesHtml, Baseline baseline,
            List<RoadmapChangesResource.ChangeGroup> groups, int count, RoadmapFilter filter, boolean justRecorded) {
    }

    /**
     * An item as the review saw it.
     *
     * @param href the item's page now; null when the item has since left the roadmap
     */
    public record SeenRow(ItemState state, String href) {
    }

    @CheckedTemplate(basePath = "roadmap")
    static class Templates {
        static native TemplateInstance reviews(List<RoadmapReview> reviews, ReviewDraft draft, boolean canRecord, int items,
                java.time.LocalDate today, RoadmapFilter filter);

        static native TemplateInstance review(ReviewView view);
    }

    @Inject
    MarkdownRenderer markdown;
    @Inject
    Submissions submissions;
    @Inject
    RoadmapReviews reviews;
    @Inject
    RoadmapService service;
    @Inject
    RoadmapHistory history;
    @Inject
    CurrentUser currentUser;
    @Inject
    Flash flash;

    @GET
    public TemplateInstance list() {
        return page(ReviewDraft.empty(service.today()));
    }

    @POST
    @RolesAllowed(Roles.MANAGER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@RestForm String date, @RestForm String notes) {
        ReviewDraft draft = new ReviewDraft(date, notes, java.util.Map.of()).checked(service.today());
        if (!draft.valid()) {
            return Response.status(400).entity(page(draft)).build();
        }
        return submissions.form("roadmap-review",
                () -> Response.seeOther(URI.create(reviews.record(draft, service.roadmap()).href())).cookie(Flash.of(RECORDED)).build(),
                () -> page(draft));
    }

    @GET
    @Path("{id: \\d{1,18}}")
    public TemplateInstance review(@RestPath long id) {
        RoadmapReview review = reviews.find(id).orElseThrow(NotFoundException::new);
        Baseline baseline = RoadmapHistory.byReview(review);
        RoadmapFilter filter = RoadmapFilter.NONE;
        List<RoadmapChange> changes = history.changes(baseline, filter.check(new java.util.ArrayList<>()));
        Roadmap roadmap = service.roadmap();
        List<SeenRow> seen = review.items.stream()
                .map(s -> new SeenRow(s.state(), roadmap.item(s.slug).map(RoadmapItem::href).orElse(null))).toList();
        return Templates.review(new ReviewView(review, seen, markdown.renderFragment(review.notes), baseline,
                RoadmapChangesResource.ChangeGroup.of(changes), changes.size(), filter, flash.value().filter(RECORDED::equals).isPresent()));
    }

    private TemplateInstance page(ReviewDraft draft) {
        return Templates.reviews(reviews.list(), draft, currentUser.hasRole(Roles.MANAGER), service.roadmap().items().size(),
                service.today(), RoadmapFilter.NONE);
    }
}
