package dev.signpost.sigs;

import dev.signpost.audit.AuditLog;
import dev.signpost.database.Database;
import dev.signpost.security.CurrentUser;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/** Who is interested in which SIG: the toggle on a SIG page, its count, and the list chairs use to invite people. */
@ApplicationScoped
@Transactional
public class SigInterests {

    @Inject
    Database database;
    @Inject
    CurrentUser currentUser;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;

    /** Turns the current user's interest in a SIG on or off; returns whether they are interested now. */
    public boolean toggle(String sig) {
        database.requireReady();
        String user = currentUser.username();
        SigInterest existing = SigInterest.findById(new SigInterest.Key(sig, user));
        if (existing != null) {
            existing.delete();
            audit.record("sig.not-interested", "sig", sig, user);
            return false;
        }
        SigInterest interest = new SigInterest();
        interest.sig = sig;
        interest.username = user;
        interest.createdAt = clock.instant();
        interest.persist();
        audit.record("sig.interested", "sig", sig, user);
        return true;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean interested(String sig, String user) {
        database.requireReady();
        return SigInterest.findById(new SigInterest.Key(sig, user)) != null;
    }

    /** The people interested in a SIG, earliest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SigInterest> of(String sig) {
        database.requireReady();
        return SigInterest.list("sig", Sort.ascending("createdAt").and("username"), sig);
    }
}
