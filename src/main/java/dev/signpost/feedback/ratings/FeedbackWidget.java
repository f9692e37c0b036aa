package dev.signpost.feedback.ratings;

import dev.signpost.web.QueryString;

import java.util.List;
import java.util.Map;

/**
 * What the "Was this page helpful?" box at the bottom of a page shows: the question, the follow-up for a rating just
 * given (reasons and a comment, with what was typed and an error when it was refused), the thank-you, or, when the
 * reader comes back to a page they rated, their rating with a way to change it.
 */
public record FeedbackWidget(String pageUrl, String owner, Stage stage, Long ratingId, Rating rating, String reason,
        String comment, String error) {

    public enum Stage {
        ASK, EXPLAIN, THANKS, RATED
    }

    static FeedbackWidget ask(String pageUrl, String owner) {
        return new FeedbackWidget(pageUrl, owner, Stage.ASK, null, null, null, "", null);
    }

    static FeedbackWidget explain(String pageUrl, String owner, long ratingId, Rating rating) {
        return new FeedbackWidget(pageUrl, owner, Stage.EXPLAIN, ratingId, rating, null, "", null);
    }

    /** The reader rated the page before: say how, and offer to change it. */
    static FeedbackWidget rated(String pageUrl, String owner, Rating rating) {
        return new FeedbackWidget(pageUrl, owner, Stage.RATED, null, rating, null, "", null);
    }

    static FeedbackWidget thanks(String pageUrl, String owner) {
        return new FeedbackWidget(pageUrl, owner, Stage.THANKS, null, null, null, "", null);
    }

    FeedbackWidget refused(String reason, String comment, String error) {
        return new FeedbackWidget(pageUrl, owner, Stage.EXPLAIN, ratingId, rating, reason, comment == null ? "" : comment, error);
    }

    public boolean asking() {
        return stage == Stage.ASK;
    }

    public boolean explaining() {
        return stage == Stage.EXPLAIN;
    }

    public boolean rated() {
        return stage == Stage.RATED;
    }

    public boolean thanking() {
        return stage == Stage.THANKS;
    }

    public boolean helpful() {
        return rating == Rating.YES;
    }

    public List<Rating.Reason> reasons() {
        return rating == null ? List.of() : rating.reasons();
    }

    public String explainAction() {
        return "/feedback/rating/" + ratingId;
    }

    /** The feedback form with this page filled in. */
    public String feedbackFormHref() {
        return QueryString.link("/feedback", Map.of("page", pageUrl));
    }

    public int commentLimit() {
        return PageRating.COMMENT_LENGTH;
    }
}
