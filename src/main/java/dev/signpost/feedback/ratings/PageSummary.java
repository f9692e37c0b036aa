package dev.signpost.feedback.ratings;

import dev.signpost.feedback.FeedbackFilters;
import java.util.List;

/**
 * What readers said about one page: how many found it helpful, why, and the latest comments.
 *
 * @param pageUrl        the page's address
 * @param owner          the team that owned the page when it was last rated
 * @param yes            "Yes" ratings
 * @param no             "No" ratings
 * @param comments       ratings with a comment
 * @param reasons        how often each reason was given, "No" reasons first, most frequent first
 * @param latestComments the newest ratings with a comment, newest first (empty in lists of many pages)
 */
public record PageSummary(String pageUrl, String owner, long yes, long no, long comments, List<ReasonCount> reasons,
        List<PageRating> latestComments) {

    /** A reason given with a rating, and how often. */
    public record ReasonCount(Rating rating, String code, long count) {

        public String label() {
            return rating.label(code);
        }
    }

    public PageSummary {
        reasons = List.copyOf(reasons);
        latestComments = List.copyOf(latestComments);
    }

    public long ratings() {
        return yes + no;
    }

    /** The share of "Yes" ratings in whole percent, rounded; 0 without ratings. */
    public int helpfulPercent() {
        return ratings() == 0 ? 0 : (int) Math.round(100.0 * yes / ratings());
    }

    public String ratingsHref() {
        return new FeedbackFilters(null, null, null, pageUrl, null, null, null, null).href("/feedback/pages/ratings");
    }
}
