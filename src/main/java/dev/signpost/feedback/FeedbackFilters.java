package dev.signpost.feedback;

import dev.signpost.feedback.ratings.Rating;
import dev.signpost.feedback.ratings.RatingReports;
import dev.signpost.web.QueryString;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The filters of the triage queues, the page summaries and the feedback API, as typed in the URL. {@code status} and
 * {@code category} narrow feedback items; {@code path} is a page's address; {@code rating} and {@code comment} narrow page ratings; the rest narrow both.
 * A value that means nothing is left out and explained, never a failure.
 */
public record FeedbackFilters(String status, String category, String owner, String path, String from, String to,
        String rating, String comment) {

    /** Only ratings with a comment: the value of {@code comment} that turns the filter on. */
    public static final String WITH_COMMENT = "yes";

    public static FeedbackFilters none() {
        return new FeedbackFilters(null, null, null, null, null, null, null, null);
    }

    /** A link to {@code target} with these filters. */
    public String href(String target) {
        return href(target, 1);
    }

    /** A link to one page of the results at {@code target} with these filters. */
    public String href(String target, int pageNumber) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("status", status);
        params.put("category", category);
        params.put("owner", owner);
        params.put("path", path);
        params.put("from", from);
        params.put("to", to);
        params.put("rating", rating);
        params.put("comment", comment);
        params.put("page", pageNumber > 1 ? String.valueOf(pageNumber) : null);
        return QueryString.link(target, params);
    }

    /** These filters with another status (null for any). */
    public FeedbackFilters withStatus(String newStatus) {
        return new FeedbackFilters(newStatus, category, owner, path, from, to, rating, comment);
    }

    /** The CSV export of the feedback items as filtered now. */
    public String exportHref() {
        return href("/feedback/triage/export.csv");
    }

    public boolean withComment() {
        return WITH_COMMENT.equals(comment);
    }

    /** The filters of the feedback item queue. */
    Triage.Filter items(Set<String> myTeams, List<String> problems) {
        Category byCategory = blank(category) ? null : Category.of(category).orElse(null);
        if (!blank(category) && byCategory == null) {
            problems.add("There is no category \"" + category + "\"; showing every category.");
        }
        return new Triage.Filter(parseStatus(problems), byCategory, owners(myTeams, problems), pagePath(),
                date("from", from, problems), date("to", to, problems));
    }

    /** The filters of the page ratings. */
    public RatingReports.Filter ratings(Set<String> myTeams, List<String> problems) {
        Rating byRating = blank(rating) ? null : Rating.of(rating).orElse(null);
        if (!blank(rating) && byRating == null) {
            problems.add("A rating is \"yes\" or \"no\", not \"" + rating + "\"; showing both.");
        }
        return new RatingReports.Filter(owners(myTeams, problems), pagePath(), date("from", from, problems),
                date("to", to, problems), byRating, withComment());
    }

    private String pagePath() {
        return blank(path) ? null : path.strip();
    }

    private OwnerFilter owners(Set<String> myTeams, List<String> problems) {
        if (blank(owner)) {
            return null;
        }
        String typed = owner.strip();
        if (typed.equals(OwnerFilter.NOBODY)) {
            return OwnerFilter.nobody();
        }
        if (typed.equals(OwnerFilter.MY_TEAMS)) {
            if (myTeams.isEmpty()) {
                problems.add("You are not in any team, so \"my teams\" shows every owner's feedback.");
                return null;
            }
            return OwnerFilter.of(myTeams);
        }
        return OwnerFilter.of(Set.of(typed));
    }

    private Status parseStatus(List<String> problems) {
        if (blank(status)) {
            return null;
        }
        Optional<Status> known = Status.of(status.strip());
        if (known.isEmpty()) {
            problems.add("There is no status \"" + status + "\"; showing every status.");
        }
        return known.orElse(null);
    }

    private static LocalDate date(String name, String value, List<String> problems) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add("\"" + value + "\" is not a date; write the " + name + " date as 2026-11-28.");
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
