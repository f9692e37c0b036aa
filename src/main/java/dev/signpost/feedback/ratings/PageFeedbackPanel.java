package dev.signpost.feedback.ratings;

import dev.signpost.feedback.FeedbackFilters;
import dev.signpost.feedback.FeedbackItem;
import dev.signpost.feedback.Status;
import dev.signpost.content.Document;
import dev.signpost.database.DatabaseUnavailableException;
import dev.signpost.security.CurrentUser;
import dev.signpost.security.Roles;
import dev.signpost.web.ReaderSpecificPages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;

import java.util.Map;
import java.util.Optional;

/**
 * The summary of readers' ratings, and the count of feedback items about the page, shown on a page to the team that owns it and to admins
 * ({@code inject:pageFeedbackPanel.forPage(doc)}). Everyone else gets nothing and costs no query; a database that is
 * down makes the panel say so, never the page fail.
 */
@Named("pageFeedbackPanel")
@RequestScoped
public class PageFeedbackPanel implements ReaderSpecificPages {

    /**
     * What the panel shows: the ratings' summary (empty when nobody has rated the page) and the feedback items about
     * the page, open and closed.
     */
    public record Panel(String owner, Optional<PageSummary> summary, Items items, boolean unavailable) {

        public String pagesHref() {
            return new FeedbackFilters(null, null, owner, null, null, null, null, null).href("/feedback/pages");
        }
    }

    /**
     * The feedback items about a page by where they are; with links to the triage queue filtered to the page for a
     * viewer who may triage.
     */
    public record Items(long open, long resolved, long dismissed, String pageUrl, boolean canTriage) {

        static Items of(Map<Status, Long> counts, String pageUrl, boolean canTriage) {
            long open = counts.entrySet().stream().filter(e -> e.getKey().open()).mapToLong(Map.Entry::getValue).sum();
            return new Items(open, counts.getOrDefault(Status.RESOLVED, 0L), counts.getOrDefault(Status.DISMISSED, 0L), pageUrl, canTriage);
        }

        public boolean none() {
            return open + resolved + dismissed == 0;
        }

        /** The triage queue for the page, every status (its counts by status at the top). */
        public String allHref() {
            return new FeedbackFilters(null, null, null, pageUrl, null, null, null, null).href("/feedback/triage");
        }

        public String resolvedHref() {
            return new FeedbackFilters(Status.RESOLVED.code(), null, null, pageUrl, null, null, null, null).href("/feedback/triage");
        }

        public String dismissedHref() {
            return new FeedbackFilters(Status.DISMISSED.code(), null, null, pageUrl, null, null, null, null).href("/feedback/triage");
        }
    }

    @Inject
    CurrentUser currentUser;
    @Inject
    RatingReports reports;

    /** The owning team and admins see the panel: a page kept for other readers is not theirs. */
    @Override
    public boolean appliesTo(Document page) {
        return currentUser.hasRole(Roles.ADMIN) || currentUser.inTeam(page.owner());
    }

    /** The panel for this page, or null when the current user is neither in the owning team nor an admin. */
    public Panel forPage(Document page) {
        if (!appliesTo(page)) {
            return null;
        }
        boolean canTriage = currentUser.hasRole(Roles.SIG_MEMBER) || currentUser.hasRole(Roles.MANAGER) || currentUser.hasRole(Roles.ADMIN);
        try {
            return new Panel(page.owner(), reports.page(page.url()), Items.of(FeedbackItem.countsAbout(page.url()), page.url(), canTriage), false);
        } catch (DatabaseUnavailableException | PersistenceException e) {
            return new Panel(page.owner(), Optional.empty(), Items.of(Map.of(), page.url(), false), true);
        }
    }
}
