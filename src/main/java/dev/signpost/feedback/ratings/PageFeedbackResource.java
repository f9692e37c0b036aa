package dev.signpost.feedback.ratings;

import dev.signpost.web.Refusal;
import dev.signpost.content.ContentSnapshot;
import dev.signpost.content.ContentStore;
import dev.signpost.content.Document;
import dev.signpost.database.Submissions;
import dev.signpost.security.CurrentUser;
import dev.signpost.web.Flash;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

/**
 * "Was this page helpful?": {@code POST /feedback/rating} records Yes or No, {@code POST /feedback/rating/{id}} adds a
 * reason and a comment. Without JavaScript both redirect back to the page (the box then shows the next step);
 * scripts send {@code X-Signpost-Fragment: 1} and get the box's new HTML instead.
 */
@Path("/feedback/rating")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class PageFeedbackResource {

    static final String VISITOR_COOKIE = "signpost-visitor";

    @CheckedTemplate(basePath = "feedback")
    static class Templates {
        static native TemplateInstance widget(FeedbackWidget w);

        static native TemplateInstance explain(FeedbackWidget w, Document page);

        static native TemplateInstance problem(String message);
    }

    @Inject
    ContentStore store;
    @Inject
    PageRatings ratings;
    @Inject
    RatingMeters meters;
    @Inject
    CurrentUser currentUser;
    @Inject
    Submissions submissions;

    @POST
    public Response rate(@RestForm String page, @RestForm String rating, @RestHeader("X-Signpost-Fragment") String fragment,
            @RestCookie(VISITOR_COOKIE) String visitor, @RestCookie(RatedPages.COOKIE) String rated) {
        ContentSnapshot snapshot = store.snapshot();
        Document doc = page == null ? null : snapshot.byUrl().get(page);
        Optional<Rating> answer = Rating.of(rating);
        if (doc == null || answer.isEmpty()) {
            return Response.status(400).entity(Templates.problem("This rating does not belong to a page of this portal. "
                    + "Go back to the page and use its Yes or No buttons.")).build();
        }
        NewCookie newVisitor = currentUser.signedIn() || validVisitor(visitor) ? null : visitorCookie();
        Rater rater = rater(newVisitor == null ? visitor : newVisitor.getValue());
        long id = rateOnce(doc, snapshot, answer.get(), rater);
        meters.rated(answer.get());
        FeedbackWidget next = FeedbackWidget.explain(doc.url(), doc.owner(), id, answer.get());
        Response.ResponseBuilder response = isFragment(fragment)
                ? Response.ok(Templates.widget(next))
                : Response.seeOther(URI.create(doc.href() + "#page-feedback")).cookie(Flash.of(FeedbackWidgets.rated(id, answer.get())));
        if (!currentUser.signedIn()) {
            response.cookie(ratedCookie(RatedPages.parse(rated).with(doc.url(), answer.get())));
        }
        return (newVisitor == null ? response : response.cookie(newVisitor)).build();
    }

    @POST
    @Path("{id}")
    public Response explain(@RestPath long id, @RestForm String reason, @RestForm String comment, @RestForm String page,
            @RestForm String rating, @RestHeader("X-Signpost-Fragment") String fragment, @RestCookie(VISITOR_COOKIE) String visitor) {
        try {
            return submissions.form("page-rating-comment", () -> explained(id, reason, comment, fragment, visitor),
                    () -> givenBack(id, reason, comment, page, rating, fragment));
        } catch (Refusal e) {
            return refused(id, reason, comment, fragment, visitor, e);
        }
    }

    private Response explained(long id, String reason, String comment, String fragment, String visitor) {
        PageRating row = ratings.explain(id, rater(visitor), reason, comment);
        Document doc = store.snapshot().byUrl().get(row.pageUrl);
        String owner = doc != null ? doc.owner() : row.pageOwner;
        if (isFragment(fragment)) {
            return Response.ok(Templates.widget(FeedbackWidget.thanks(row.pageUrl, owner))).build();
        }
        String back = doc != null ? doc.href() : "/";
        return Response.seeOther(URI.create(back + "#page-feedback")).cookie(Flash.of(FeedbackWidgets.THANKS)).build();
    }

    /** The comment form as typed, built from what it sent (the rating's page and answer ride along), without the database. */
    private Object givenBack(long id, String reason, String comment, String page, String rating, String fragment) {
        Document doc = page == null ? null : store.snapshot().byUrl().get(page);
        FeedbackWidget widget = FeedbackWidget.explain(page == null ? "" : page, doc != null ? doc.owner() : null, id,
                Rating.of(rating).orElse(Rating.NO)).refused(reason, comment, null);
        return isFragment(fragment) ? Templates.widget(widget) : Templates.explain(widget, doc);
    }

    private Response refused(long id, String reason, String comment, String fragment, String visitor, Refusal e) {
        if (e.status() == 404) {
            return Response.status(404).entity(Templates.problem(e.getMessage())).build();
        }
        Optional<PageRating> row = ratings.own(id, rater(visitor));
        if (row.isEmpty()) {
            return Response.status(404).entity(Templates.problem(e.getMessage())).build();
        }
        Document doc = store.snapshot().byUrl().get(row.get().pageUrl);
        FeedbackWidget widget = FeedbackWidget.explain(row.get().pageUrl, doc != null ? doc.owner() : row.get().pageOwner, id,
                Rating.of(row.get().rating).orElseThrow()).refused(reason, comment, e.getMessage());
        Response.ResponseBuilder response = Response.status(e.status());
        if (e.status() == 429) {
            response.header("Retry-After", "600");
        }
        return response.entity(isFragment(fragment) ? Templates.widget(widget) : Templates.explain(widget, doc)).build();
    }

    /** Two first ratings at once (a double click) meet the once-a-day index; the second then updates the first. */
    private long rateOnce(Document doc, ContentSnapshot snapshot, Rating rating, Rater rater) {
        try {
            return ratings.rate(doc, snapshot.loadedAt(), rating, rater);
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                return ratings.rate(doc, snapshot.loadedAt(), rating, rater);
            }
            throw e;
        }
    }

    private Rater rater(String visitor) {
        if (currentUser.signedIn()) {
            return Rater.user(currentUser.username());
        }
        return Rater.visitor(validVisitor(visitor) ? visitor : "none");
    }

    private static boolean validVisitor(String visitor) {
        return visitor != null && visitor.matches("[0-9a-f-]{36}");
    }

    private static NewCookie visitorCookie() {
        return new NewCookie.Builder(VISITOR_COOKIE).value(UUID.randomUUID().toString()).path("/").httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).maxAge(365 * 24 * 3600).build();
    }

    private static NewCookie ratedCookie(RatedPages pages) {
        return new NewCookie.Builder(RatedPages.COOKIE).value(pages.cookieValue()).path("/").httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).maxAge(365 * 24 * 3600).build();
    }

    private static boolean isFragment(String header) {
        return "1".equals(header);
    }
}
