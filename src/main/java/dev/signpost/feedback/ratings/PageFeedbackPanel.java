package dev.signpost.feedback.ratings;

import dev.signpost.feedback.FeedbackFilters;
import dev.signpost.content.Document;
import dev.signpost.database.DatabaseUnavailableException;
import dev.signpost.security.CurrentUser;
import dev.signpost.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;

import java.util.Optional;

/**
 * The summary of readers' ratings shown on a page to the team that owns it and to admins
 * ({@code inject:pageFeedbackPanel.forPage(doc)}). Everyone else gets nothing and costs no query; a database that is
 * down makes the panel say so, never the page fail.
 */
@Named("pageFeedbackPanel")
@RequestScoped
public class PageFeedbackPanel {

    /** What the panel shows; {@code summary} is empty when nobody has rated the page. */
    public record Panel(String owner, Optional<PageSummary> summary, boolean unavailable) {

        public String pagesHref() {
            return new FeedbackFilters(null, null, owner, null, null, null, null, null).href("/feedback/pages");
        }
    }

    @Inject
    CurrentUser currentUser;
    @Inject
    RatingReports reports;

    /** The panel for this page, or null when the current user is neither in the owning team nor an admin. */
    public Panel forPage(Document page) {
        if (!currentUser.hasRole(Roles.ADMIN) && !currentUser.inTeam(page.owner())) {
            return null;
        }
        try {
            return new Panel(page.owner(), reports.page(page.url()), false);
        } catch (DatabaseUnavailableException | PersistenceException e) {
            return new Panel(page.owner(), Optional.empty(), true);
        }
    }
}
