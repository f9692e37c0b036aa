package dev.signpost.roadmap;

import dev.signpost.audit.AuditLog;
import dev.signpost.database.Database;
import dev.signpost.security.CurrentUser;
import dev.signpost.web.time.TimeText;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Roadmap reviews in the database: recording one with its frozen copy of the roadmap, and reading them back. */
@ApplicationScoped
@Transactional
public class RoadmapReviews {

    @Inject
    Database database;
    @Inject
    CurrentUser currentUser;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;

    /** Records a checked draft as a review by the current user, freezing every item of {@code roadmap} as it is. */
    public RoadmapReview record(ReviewDraft draft, Roadmap roadmap) {
        if (!draft.valid()) {
            throw new IllegalArgumentException("only a valid draft can be recorded");
        }
        database.requireReady();
        RoadmapReview review = new RoadmapReview();
        review.reviewedOn = draft.day();
        review.reviewer = currentUser.username();
        review.notes = draft.notes();
        review.recordedAt = clock.instant();
        roadmap.states().values().forEach(s -> review.items.add(RoadmapReview.Seen.of(s)));
        review.persist();
        audit.record("roadmap.reviewed", "roadmap-review", String.valueOf(review.id),
                "review of " + TimeText.day(review.reviewedOn) + ", " + review.items.size() + " items");
        return review;
    }

    /** Every review, the latest first, with what each saw. */
    public List<RoadmapReview> list() {
        database.requireReady();
        List<RoadmapReview> reviews = RoadmapReview.listAll(Sort.descending("reviewedOn").and("id", Sort.Direction.Descending));
        reviews.forEach(r -> r.items.size());
        return reviews;
    }

    /** The latest reviews, without what they saw: enough to link to them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RoadmapReview> recent(int count) {
        database.requireReady();
        return RoadmapReview.<RoadmapReview>findAll(Sort.descending("reviewedOn").and("id", Sort.Direction.Descending)).page(0, count).list();
    }

    public Optional<RoadmapReview> find(long id) {
        database.requireReady();
        Optional<RoadmapReview> review = RoadmapReview.findByIdOptional(id);
        review.ifPresent(r -> r.items.size());
        return review;
    }

    /** The latest review, if any. */
    public Optional<RoadmapReview> latest() {
        database.requireReady();
        Optional<RoadmapReview> review = RoadmapReview.<RoadmapReview>findAll(Sort.descending("reviewedOn").and("id", Sort.Direction.Descending))
                .firstResultOptional();
        review.ifPresent(r -> r.items.size());
        return review;
    }
}
