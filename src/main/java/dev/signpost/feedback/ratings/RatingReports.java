package dev.signpost.feedback.ratings;

import dev.signpost.feedback.OwnerFilter;
import dev.signpost.database.Database;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What page ratings add up to, for the people who own the pages: one page's summary, all pages, the ratings themselves. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RatingReports {

    static final int LATEST_COMMENTS = 5;

    @Inject
    Database database;

    /** Filters of ratings; each may be null (or false). */
    public record Filter(OwnerFilter owners, String path, LocalDate from, LocalDate to, Rating rating, boolean withComment) {

        static Filter page(String path) {
            return new Filter(null, path, null, null, null, false);
        }
    }

    /** One page of ratings, newest first, with how many say yes and no under the other filters. */
    public record Ratings(List<PageRating> items, long yes, long no, long total, int page, int size) implements dev.signpost.web.Paged {
    }

    public Ratings ratings(Filter filter, int page, int size) {
        database.requireReady();
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params, false);
        TypedQuery<Object[]> byRating = PageRating.getEntityManager()
                .createQuery("select rating, count(*) from PageRating where " + where + " group by rating", Object[].class);
        params.forEach(byRating::setParameter);
        Map<String, Long> counts = new HashMap<>();
        byRating.getResultList().forEach(row -> counts.put((String) row[0], (Long) row[1]));
        long yes = counts.getOrDefault(Rating.YES.code(), 0L);
        long no = counts.getOrDefault(Rating.NO.code(), 0L);
        if (filter.rating() != null) {
            params.put("rating", filter.rating().code());
            where += " and rating = :rating";
        }
        List<PageRating> items = PageRating.find(where, Sort.descending("updatedAt").and("id", Sort.Direction.Descending), params)
                .page(page - 1, size).list();
        long total = filter.rating() == null ? yes + no : counts.getOrDefault(filter.rating().code(), 0L);
        return new Ratings(items, yes, no, total, page, size);
    }

    /** Every rated page under the filter, the most "No" first (then the fewest "Yes"), without their comments. */
    public List<PageSummary> pages(Filter filter) {
        database.requireReady();
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params, true);
        TypedQuery<Object[]> grouped = PageRating.getEntityManager().createQuery(
                "select pageUrl, rating, reason, count(*), count(comment), max(pageOwner) from PageRating where " + where
                        + " group by pageUrl, rating, reason", Object[].class);
        params.forEach(grouped::setParameter);
        Map<String, Tally> byPage = new LinkedHashMap<>();
        for (Object[] row : grouped.getResultList()) {
            byPage.computeIfAbsent((String) row[0], url -> new Tally()).add(row);
        }
        List<PageSummary> pages = new ArrayList<>();
        byPage.forEach((url, tally) -> pages.add(tally.summary(url, List.of())));
        pages.sort(Comparator.comparingLong(PageSummary::no).reversed().thenComparingLong(PageSummary::yes)
                .thenComparing(PageSummary::pageUrl));
        return pages;
    }

    /** One page's summary with its latest comments; empty when nobody rated it. */
    public Optional<PageSummary> page(String pageUrl) {
        Optional<PageSummary> counted = pages(Filter.page(pageUrl)).stream().findFirst();
        return counted.map(summary -> {
            List<PageRating> latest = PageRating.find("pageUrl = ?1 and comment is not null",
                    Sort.descending("commentedAt").and("id", Sort.Direction.Descending), pageUrl).page(0, LATEST_COMMENTS).list();
            return new PageSummary(summary.pageUrl(), summary.owner(), summary.yes(), summary.no(), summary.comments(),
                    summary.reasons(), latest);
        });
    }

    private static String where(Filter filter, Map<String, Object> params, boolean withRating) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (filter.owners() != null) {
            where.append(" and ").append(filter.owners().condition("pageOwner", params));
        }
        if (filter.path() != null) {
            where.append(" and pageUrl = :path");
            params.put("path", filter.path());
        }
        if (filter.from() != null) {
            where.append(" and ratedOn >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and ratedOn <= :to");
            params.put("to", filter.to());
        }
        if (filter.withComment()) {
            where.append(" and comment is not null");
        }
        if (withRating && filter.rating() != null) {
            where.append(" and rating = :rating");
            params.put("rating", filter.rating().code());
        }
        return where.toString();
    }

    /** Adds up the grouped rows of one page. */
    private static final class Tally {
        private long yes;
        private long no;
        private long comments;
        private String owner;
        private final List<PageSummary.ReasonCount> reasons = new ArrayList<>();

        void add(Object[] row) {
            Rating rating = Rating.of((String) row[1]).orElse(null);
            long count = (Long) row[3];
            if (rating == null) {
                return;
            }
            if (rating == Rating.YES) {
                yes += count;
            } else {
                no += count;
            }
            comments += (Long) row[4];
            if (row[5] != null) {
                owner = (String) row[5];
            }
            if (row[2] != null) {
                reasons.add(new PageSummary.ReasonCount(rating, (String) row[2], count));
            }
        }

        PageSummary summary(String url, List<PageRating> latest) {
            reasons.sort(Comparator.comparing((PageSummary.ReasonCount r) -> r.rating() == Rating.YES)
                    .thenComparing(Comparator.comparingLong(PageSummary.ReasonCount::count).reversed())
                    .thenComparing(PageSummary.ReasonCount::code));
            return new PageSummary(url, owner, yes, no, comments, reasons, latest);
        }
    }
}
