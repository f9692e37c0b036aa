package dev.signpost.audit;

import dev.signpost.database.Database;
import dev.signpost.security.AccountEvent;
import dev.signpost.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.Optional;

/** Records who did what; the one way to write the audit log. */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class);
    public static final int PAGE_SIZE = 50;

    @Inject
    CurrentUser currentUser;
    @Inject
    Database database;
    @Inject
    Clock clock;

    /** Records an action of the current user. */
    @Transactional
    public AuditEntry record(String action, String targetType, String targetId, String detail) {
        return recordAs(currentUser.username(), action, targetType, targetId, detail);
    }

    /** Records an action of a named actor (for moments when the request has no identity yet, like signing in). */
    @Transactional
    public AuditEntry recordAs(String actor, String action, String targetType, String targetId, String detail) {
        database.requireReady();
        AuditEvent event = new AuditEvent();
        event.occurredAt = clock.instant();
        event.actor = clip(actor, AuditEvent.ACTOR_LENGTH);
        event.action = clip(action, AuditEvent.ACTION_LENGTH);
        event.targetType = clip(targetType, AuditEvent.TARGET_TYPE_LENGTH);
        event.targetId = clip(targetId, AuditEvent.TARGET_ID_LENGTH);
        event.detail = clip(detail, AuditEvent.DETAIL_LENGTH);
        event.persist();
        return AuditEntry.of(event);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditPage page(String actor, String action, int page) {
        database.requireReady();
        var query = AuditEvent.matching(actor, action);
        long total = query.count();
        int pageCount = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pageCount);
        var entries = query.page(current - 1, PAGE_SIZE).list().stream().map(AuditEntry::of).toList();
        return new AuditPage(entries, total, current, pageCount);
    }

    /** Sign-ins and sign-outs; an audit failure is logged, it never stops someone signing in. */
    void onAccountEvent(@Observes AccountEvent event, AuditLog self) {
        try {
            self.recordAs(Optional.ofNullable(event.username()).filter(u -> !u.isBlank()).orElse(CurrentUser.ANONYMOUS),
                    event.kind().action(), "account", event.username(), event.detail());
        } catch (RuntimeException e) {
            LOG.warnf("Audit event not stored: %s %s (%s)", event.username(), event.kind().action(), e.getMessage());
        }
    }

    static String clip(String value, int length) {
        if (value == null) {
            return null;
        }
        String clean = value.replaceAll("\\p{Cntrl}", " ");
        return clean.length() <= length ? clean : clean.substring(0, length - 1) + "…";
    }
}
