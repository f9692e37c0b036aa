package dev.signpost.feedback.ratings;

import dev.signpost.feedback.FeedbackConfig;
import dev.signpost.web.Refusal;
import dev.signpost.content.Document;
import dev.signpost.database.Database;
import dev.signpost.web.FormText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** Records ratings and their follow-up, enforcing the limits: once a day per person and page, and a rate of comments. */
@ApplicationScoped
@Transactional
public class PageRatings {

    @Inject
    Clock clock;
    @Inject
    Database database;
    @Inject
    FeedbackConfig config;

    /** Rates a page; a second rating by the same person on the same day replaces the first. Returns the rating's id. */
    public long rate(Document page, Instant contentLoadedAt, Rating rating, Rater rater) {
        database.requireReady();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        PageRating row = PageRating.todays(page.url(), rater.key(), today).orElseGet(() -> {
            PageRating created = new PageRating();
            created.pageUrl = page.url();
            created.rater = rater.key();
            created.ratedOn = today;
            created.createdAt = now;
            return created;
        });
        if (row.rating != null && !row.rating.equals(rating.code()) && row.reason != null && !rating.allows(row.reason)) {
            row.reason = null;
        }
        row.pagePath = page.path();
        row.pageOwner = page.owner();
        row.contentLoadedAt = contentLoadedAt;
        row.rating = rating.code();
        row.userName = rater.userName();
        row.updatedAt = now;
        row.persist();
        PageRating.flush();
        return row.id;
    }

    /**
     * A rater's latest answer on every page they rated, on any day, by page address: one query for every page they
     * open next ({@link FeedbackWidgets} keeps it for a moment).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<String, Rating> latestByPage(Rater rater) {
        database.requireReady();
        java.util.Map<String, Rating> latest = new java.util.HashMap<>();
        PageRating.getEntityManager().createQuery("select r.pageUrl, r.rating from PageRating r where r.rater = ?1"
                        + " order by r.updatedAt, r.id", Object[].class)
                .setParameter(1, rater.key()).getResultStream()
                .forEach(row -> Rating.of((String) row[1]).ifPresent(rating -> latest.put((String) row[0], rating)));
        return java.util.Map.copyOf(latest);
    }

    /** One's own rating, to show the follow-up again after a refusal. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<PageRating> own(long id, Rater rater) {
        PageRating row = PageRating.findById(id);
        return row != null && row.rater.equals(rater.key()) ? java.util.Optional.of(row) : java.util.Optional.empty();
    }

    /** Adds the reason and comment to one's own rating. */
    public PageRating explain(long id, Rater rater, String reason, String comment) {
        database.requireReady();
        PageRating row = PageRating.findById(id);
        if (row == null || !row.rater.equals(rater.key())) {
            throw new Refusal(404, "This rating is not yours or no longer exists; rate the page again.");
        }
        Rating rating = Rating.of(row.rating).orElseThrow();
        String code = reason == null || reason.isBlank() ? null : reason.strip();
        if (code != null && !rating.allows(code)) {
            throw new Refusal(400, "Choose one of the reasons listed.");
        }
        String text = FormText.of(comment);
        if (text.length() > PageRating.COMMENT_LENGTH) {
            throw new Refusal(400, "Your comment has " + text.length() + " characters; the limit is "
                    + PageRating.COMMENT_LENGTH + ". Shorten it and send it again.");
        }
        if (code == null && text.isEmpty()) {
            throw new Refusal(400, "Choose a reason or write a comment.");
        }
        Instant now = clock.instant();
        if (!text.isEmpty() && !text.equals(row.comment)) {
            Instant since = now.minus(config.commentWindow());
            if (PageRating.commentsSince(rater.key(), since) >= config.commentsPerWindow()) {
                throw new Refusal(429, "You have sent " + config.commentsPerWindow() + " comments in the last "
                        + config.commentWindow().toMinutes() + " minutes, the most we accept. Please try again later; "
                        + "your text is kept below.");
            }
            row.commentedAt = now;
        }
        row.reason = code;
        row.comment = text.isEmpty() ? null : text;
        row.updatedAt = now;
        return row;
    }
}
