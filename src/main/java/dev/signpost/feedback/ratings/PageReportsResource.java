package dev.signpost.feedback.ratings;

import dev.signpost.feedback.FeedbackFilters;
import dev.signpost.feedback.FeedbackItems;
import dev.signpost.content.ContentStore;
import dev.signpost.content.Document;
import dev.signpost.security.CurrentUser;
import dev.signpost.security.Roles;
import dev.signpost.web.QueryString;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * {@code /feedback/pages}: every rated page, the most "No" first, and {@code /feedback/pages/ratings}: the ratings
 * themselves. Triagers see every page; other people see the pages their teams own.
 */
@Path("/feedback/pages")
@RolesAllowed(Roles.ENGINEER)
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class PageReportsResource {

    static final int PAGE_SIZE = 50;

    @CheckedTemplate(basePath = "feedback")
    static class Templates {
        static native TemplateInstance pages(List<PageSummary> pages, Map<String, Document> published, int page, int pageCount,
                FeedbackFilters filters, Collection<String> owners, boolean everyone, List<String> problems);

        static native TemplateInstance ratings(RatingReports.Ratings ratings, Map<String, Document> published,
                FeedbackFilters filters, Collection<String> owners, boolean everyone, List<String> problems);

        static native TemplateInstance noTeam();
    }

    @Inject
    RatingReports reports;
    @Inject
    FeedbackItems items;
    @Inject
    CurrentUser currentUser;
    @Inject
    ContentStore store;

    @GET
    public Response pages(@RestQuery String owner, @RestQuery String path, @RestQuery String from, @RestQuery String to,
            @RestQuery String page) {
        if (!items.canSeePageRatings()) {
            return noTeam();
        }
        List<String> problems = new ArrayList<>();
        FeedbackFilters typed = new FeedbackFilters(null, null, owner, path, from, to, null, null);
        RatingReports.Filter filter = scoped(typed.ratings(currentUser.teams(), problems));
        List<PageSummary> all = reports.pages(filter);
        int pageCount = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int at = Math.min(QueryString.pageNumber(page), pageCount);
        List<PageSummary> shown = all.subList((at - 1) * PAGE_SIZE, Math.min(all.size(), at * PAGE_SIZE));
        return Response.ok(Templates.pages(shown, store.snapshot().byUrl(), at, pageCount, typed, owners(), items.canTriage(),
                problems)).build();
    }

    @GET
    @Path("ratings")
    public Response ratings(@RestQuery String owner, @RestQuery String path, @RestQuery String from, @RestQuery String to,
            @RestQuery String rating, @RestQuery String comment, @RestQuery String page) {
        if (!items.canSeePageRatings()) {
            return noTeam();
        }
        List<String> problems = new ArrayList<>();
        FeedbackFilters typed = new FeedbackFilters(null, null, owner, path, from, to, rating, comment);
        RatingReports.Filter filter = scoped(typed.ratings(currentUser.teams(), problems));
        RatingReports.Ratings found = reports.ratings(filter, QueryString.pageNumber(page), PAGE_SIZE);
        return Response.ok(Templates.ratings(found, store.snapshot().byUrl(), typed, owners(), items.canTriage(), problems))
                .build();
    }

    private RatingReports.Filter scoped(RatingReports.Filter asked) {
        return new RatingReports.Filter(items.ratingScope(asked.owners()), asked.path(), asked.from(), asked.to(),
                asked.rating(), asked.withComment());
    }

    /** The owners to choose from: every team for triagers, one's own teams for others. */
    private Collection<String> owners() {
        return items.canTriage() ? store.snapshot().owners() : currentUser.teams();
    }

    private static Response noTeam() {
        return Response.status(403).entity(Templates.noTeam()).build();
    }
}
