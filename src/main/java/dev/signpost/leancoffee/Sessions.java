package dev.signpost.leancoffee;

import dev.signpost.leancoffee.rules.LeanCoffeeRules;
import dev.signpost.leancoffee.rules.Phase;
import dev.signpost.leancoffee.rules.SessionDraft;
import dev.signpost.web.Refusal;
import dev.signpost.audit.AuditLog;
import dev.signpost.database.Database;
import dev.signpost.security.CurrentUser;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Lean Coffee sessions themselves: creating one, finding them, and joining one (opening its board is joining it). */
@ApplicationScoped
@Transactional
public class Sessions {

    @Inject
    SessionGuard guard;
    @Inject
    Database database;
    @Inject
    CurrentUser currentUser;
    @Inject
    AuditLog audit;
    @Inject
    LeanCoffeeNotices notices;

    public Instant now() {
        return guard.now();
    }

    /** Stores a checked draft as a new session created by the current user. */
    public LeanCoffeeSession create(SessionDraft draft, java.time.ZoneId zone) {
        if (!draft.valid()) {
            throw new IllegalArgumentException("only a valid draft can be stored");
        }
        if (!LeanCoffeeRules.canCreate(currentUser.roles())) {
            throw new Refusal(403, "Only sig-members and admins create Lean Coffee sessions.");
        }
        database.requireReady();
        Instant now = guard.now();
        LeanCoffeeSession session = new LeanCoffeeSession();
        session.sig = draft.sig();
        session.title = draft.title();
        session.startsAt = draft.startsAt(zone).toInstant();
        session.timeZone = zone.getId();
        session.facilitator = draft.facilitator();
        session.votesPerPerson = draft.votesEach();
        session.timeboxMinutes = (int) draft.timeboxLength().toMinutes();
        session.anonymous = draft.anonymous();
        session.hiddenVotes = draft.hiddenVotes();
        session.phase = Phase.COLLECTING;
        session.createdBy = currentUser.username();
        session.createdAt = now;
        session.updatedAt = now;
        session.persist();
        audit.record("lean-coffee.created", "lean-coffee", String.valueOf(session.id), session.title);
        notices.scheduled(session);
        return session;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LeanCoffeeSession> find(long id) {
        database.requireReady();
        return LeanCoffeeSession.findByIdOptional(id);
    }

    /** Every session, the latest first (optionally of one SIG). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LeanCoffeeSession> list(String sig) {
        database.requireReady();
        Sort sort = Sort.descending("startsAt").and("id", Sort.Direction.Descending);
        return sig == null ? LeanCoffeeSession.listAll(sort) : LeanCoffeeSession.list("sig", sort, sig);
    }

    /**
     * Makes the current user a participant of the session, once. The pages call this in a transaction of its own before
     * a change, so that two first requests of one person at once meet only at the primary key, outside the change's
     * transaction: the loser's insert fails alone and the participant exists either way.
     */
    public void join(long sessionId) {
        guard.requireSignedIn();
        guard.session(sessionId);
        if (guard.participant(sessionId, currentUser.username()).isEmpty()) {
            guard.newParticipant(sessionId);
        }
    }
}
