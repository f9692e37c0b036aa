package dev.signpost.feedback.ratings;

import dev.signpost.content.Document;
import dev.signpost.database.DatabaseUnavailableException;
import dev.signpost.security.CurrentUser;
import dev.signpost.web.Flash;
import dev.signpost.web.HeaderCounts;
import dev.signpost.web.ReaderSpecificPages;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The feedback box of the page being rendered ({@code inject:feedbackWidgets.forPage(doc)}): the next step after a post
 * (from its flash), else the reader's own rating of the page (a signed-in reader's from the database, all their
 * ratings in one query kept with their header counts for a moment and forgotten when they send anything; an anonymous
 * reader's from the {@link RatedPages} cookie), else the question. A database that is down makes it ask.
 */
@Named("feedbackWidgets")
@RequestScoped
public class FeedbackWidgets implements ReaderSpecificPages {

    static final String THANKS = "thanks";
    private static final Pattern RATED = Pattern.compile("rated-(\\d{1,18})-(yes|no)");

    @Inject
    Flash flash;
    @Inject
    CurrentUser currentUser;
    @Inject
    HeaderCounts kept;
    @Inject
    PageRatings ratings;
    @Inject
    RoutingContext routing;

    public FeedbackWidget forPage(Document page) {
        Optional<String> value = flash.value();
        if (value.isPresent()) {
            if (value.get().equals(THANKS)) {
                return FeedbackWidget.thanks(page.url(), page.owner());
            }
            Matcher rated = RATED.matcher(value.get());
            if (rated.matches()) {
                return FeedbackWidget.explain(page.url(), page.owner(), Long.parseLong(rated.group(1)),
                        Rating.of(rated.group(2)).orElseThrow());
            }
        }
        return given(page.url()).map(rating -> FeedbackWidget.rated(page.url(), page.owner(), rating))
                .orElseGet(() -> FeedbackWidget.ask(page.url(), page.owner()));
    }

    /**
     * An anonymous reader who rated the page sees their rating: the page kept for everyone else is not theirs. A
     * signed-in reader's box is put into the kept page for each request ({@code web.PersonalParts}).
     */
    @Override
    public boolean appliesTo(Document page) {
        return !currentUser.signedIn() && ratedPages().rating(page.url()).isPresent();
    }

    private Optional<Rating> given(String pageUrl) {
        if (!currentUser.signedIn()) {
            return ratedPages().rating(pageUrl);
        }
        try {
            Map<String, Rating> mine = kept.of("ratings", () -> ratings.latestByPage(Rater.user(currentUser.username())));
            return Optional.ofNullable(mine.get(pageUrl));
        } catch (DatabaseUnavailableException | PersistenceException e) {
            return Optional.empty();
        }
    }

    private RatedPages ratedPages() {
        Cookie cookie = routing.request().getCookie(RatedPages.COOKIE);
        return RatedPages.parse(cookie == null ? null : cookie.getValue());
    }

    static String rated(long id, Rating rating) {
        return "rated-" + id + "-" + rating.code();
    }
}
