package dev.signpost.feedback;

import dev.signpost.audit.AuditLog;
import dev.signpost.content.ContentStore;
import dev.signpost.content.Document;
import dev.signpost.database.Database;
import dev.signpost.security.CurrentUser;
import dev.signpost.security.Roles;
import dev.signpost.web.MyWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Feedback items: sending one, and who may see which ({@code inject:feedbackItems} in templates). */
@Named("feedbackItems")
@ApplicationScoped
@Transactional
public class FeedbackItems {

    @Inject
    Clock clock;
    @Inject
    Database database;
    @Inject
    CurrentUser currentUser;
    @Inject
    AuditLog audit;
    @Inject
    ContentStore store;
    @Inject
    FeedbackConfig config;
    @Inject
    MyWork myWork;

    /** Stores a checked draft as a new item from the current user. */
    public FeedbackItem send(FeedbackDraft draft) {
        if (!draft.valid()) {
            throw new IllegalArgumentException("only a valid draft can be sent");
        }
        database.requireReady();
        Instant now = clock.instant();
        FeedbackItem item = new FeedbackItem();
        item.category = Category.of(draft.category()).orElseThrow();
        item.title = draft.title();
        item.description = draft.description();
        item.relatedPage = draft.relatedPage().isEmpty() ? null : draft.relatedPage();
        item.owner = owner(item.category, item.relatedPage);
        item.contactMe = draft.contactMe();
        item.submitter = currentUser.username();
        item.status = Status.NEW;
        item.createdAt = now;
        item.updatedAt = now;
        item.persist();
        audit.record("feedback.sent", "feedback", String.valueOf(item.id), item.category.code() + ": " + item.title);
        return item;
    }

    /** Who feedback goes to: the related page's owner, or else the team configured for the category. */
    String owner(Category category, String relatedPage) {
        Document page = relatedPage == null ? null : store.snapshot().byUrl().get(relatedPage);
        if (page != null && page.owner() != null && !page.owner().isBlank()) {
            return page.owner();
        }
        String configured = config.owners().get(category.code());
        return configured == null || configured.isBlank() ? null : configured.strip();
    }

    /** An item the current user may see: their own, one routed to a team of theirs, or any for the people who triage. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<FeedbackItem> visible(long id) {
        database.requireReady();
        FeedbackItem item = FeedbackItem.findById(id);
        if (item == null) {
            return Optional.empty();
        }
        boolean ownTeams = item.owner != null && currentUser.teams().contains(item.owner);
        return item.submitter.equals(currentUser.username()) || canTriage() || ownTeams ? Optional.of(item) : Optional.empty();
    }

    /** Whether the current user answers feedback (the roles of {@link TriageResource}). */
    public boolean canTriage() {
        return currentUser.hasAnyRole(Roles.SIG_MEMBER, Roles.MANAGER, Roles.ADMIN);
    }

    /** Whether the current user may see what readers said about pages: triagers, and members of a team that owns pages. */
    public boolean canSeePageRatings() {
        return canTriage() || !currentUser.teams().isEmpty();
    }

    /**
     * The owners whose page ratings the current user may see, narrowed by the owners asked for: any for triagers, only
     * the pages of their own teams for everyone else.
     */
    public OwnerFilter ratingScope(OwnerFilter asked) {
        if (canTriage()) {
            return asked;
        }
        Set<String> teams = currentUser.teams();
        if (asked == null) {
            return OwnerFilter.of(teams);
        }
        Set<String> allowed = new HashSet<>(asked.unrouted() ? Set.of() : asked.owners());
        allowed.retainAll(teams);
        return OwnerFilter.of(allowed);
    }

    /** The latest feedback routed to any of these teams, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FeedbackItem> routedTo(java.util.Collection<String> owners, int limit) {
        database.requireReady();
        if (owners.isEmpty()) {
            return List.of();
        }
        return FeedbackItem.find("owner in ?1", io.quarkus.panache.common.Sort.descending("createdAt").and("id",
                io.quarkus.panache.common.Sort.Direction.Descending), owners).page(0, limit).list();
    }

    /** Notes that the submitter has read what changed on their item, when it is theirs and had news for them. */
    public void opened(FeedbackItem item) {
        if (item.unread() && item.submitter.equals(currentUser.username())) {
            FeedbackItem.seen(item.id, clock.instant());
            myWork.changed();
        }
    }

    /** How many of the current user's items changed (status or answer) since they last opened them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long unreadOfMine() {
        database.requireReady();
        return FeedbackItem.unreadBy(currentUser.username());
    }

    /** How many items wait for a first look in triage. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long untriaged() {
        database.requireReady();
        return FeedbackItem.count("status", Status.NEW);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FeedbackItem> mine() {
        database.requireReady();
        return FeedbackItem.sentBy(currentUser.username());
    }
}
