package dev.signpost.roadmap;

import dev.signpost.database.DatabaseUnavailableException;
import jakarta.persistence.PersistenceException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changed on the roadmap since a baseline. Reads {@code since} of the changes view: {@code YYYY-MM-DD} (the roadmap as its history says it was the day
 * before), {@code review:{id}} (that review's frozen copy), or nothing (the latest review; the last 30 days when there
 * is none or the database cannot be reached).
 */
@ApplicationScoped
public class RoadmapHistory {

    private static final Pattern REVIEW = Pattern.compile("review:(\\d{1,18})");

    @Inject
    RoadmapService service;
    @Inject
    RoadmapReviews reviews;

    /** The baseline, or empty with the reason added to {@code problems}. */
    public Optional<Baseline> resolve(String since, List<String> problems) {
        Roadmap roadmap = service.roadmap();
        LocalDate today = service.today();
        if (since == null || since.isBlank()) {
            Optional<RoadmapReview> latest;
            try {
                latest = reviews.latest();
            } catch (DatabaseUnavailableException | PersistenceException e) {
                return Optional.of(byDate(roadmap, service.recentSince(), "The database cannot be reached, so reviews cannot be "
                        + "read; showing the last " + RoadmapService.RECENT_DAYS + " days."));
            }
            return Optional.of(latest.map(RoadmapHistory::byReview).orElseGet(() -> byDate(roadmap, service.recentSince(),
                    "No review has been recorded yet; showing the last " + RoadmapService.RECENT_DAYS + " days.")));
        }
        String text = since.strip();
        Matcher review = REVIEW.matcher(text);
        if (review.matches()) {
            long id = Long.parseLong(review.group(1));
            Optional<RoadmapReview> found = reviews.find(id);
            if (found.isEmpty()) {
                problems.add("There is no review " + id + "; the recorded reviews are listed at /roadmap/reviews.");
            }
            return found.map(RoadmapHistory::byReview);
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add("\"since\" is a date (YYYY-MM-DD) or a review (review:12), not \"" + text + "\".");
            return Optional.empty();
        }
        if (day.isAfter(today)) {
            problems.add("\"since\" is " + day + ", which is in the future; nothing has changed since then yet.");
            return Optional.empty();
        }
        return Optional.of(byDate(roadmap, day, ""));
    }

    /** The changes from a baseline to the roadmap now, for the items that pass the filters. */
    public List<RoadmapChange> changes(Baseline baseline, RoadmapFilter.Checked filter) {
        return RoadmapChanges.between(baseline.states(), service.roadmap().items(), filter::matches, filter::matches);
    }

    static Baseline byReview(RoadmapReview review) {
        return new Baseline(review.reviewedOn, review, review.seen(), review.since(), "");
    }

    private static Baseline byDate(Roadmap roadmap, LocalDate day, String note) {
        return new Baseline(day, null, roadmap.statesOn(day.minusDays(1)), day.toString(), note);
    }
}
