package dev.signpost.notifications.email;

import dev.signpost.audit.AuditLog;
import dev.signpost.notifications.Cadence;
import dev.signpost.notifications.Kind;
import dev.signpost.notifications.Preferences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What following an unsubscribe link does: the person's cadence for the link's kind becomes {@link Cadence#OFF} (the
 * only cadence without email, so the portal stops too), audited as their own change. The daily digest's link turns off
 * every kind the person gets in the digest, since that is what the digest is made of.
 */
@ApplicationScoped
public class Unsubscriptions {

    @Inject
    Preferences preferences;
    @Inject
    AuditLog audit;

    /** The kinds {@code kind} stands for: itself, or for the digest every kind the person gets once a day. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Kind> covered(String username, Kind kind) {
        if (kind != Kind.DIGEST) {
            return List.of(kind);
        }
        return preferences.of(username).entrySet().stream().filter(e -> e.getValue() == Cadence.DAILY).map(Map.Entry::getKey).toList();
    }

    /** Turns off what the link names; returns the kinds now off by it (empty for a digest of nothing). */
    @Transactional
    public List<Kind> unsubscribe(String username, Kind kind) {
        List<Kind> kinds = covered(username, kind);
        Map<Kind, Cadence> choices = new EnumMap<>(Kind.class);
        for (Kind each : kinds) {
            Cadence was = preferences.cadence(username, each);
            choices.put(each, Cadence.OFF);
            if (was != Cadence.OFF) {
                audit.recordAs(username, "notification.unsubscribe", "notification-kind", each.code(),
                        was.code() + " → off, by the unsubscribe link of an email");
            }
        }
        if (!choices.isEmpty()) {
            preferences.choose(username, choices);
        }
        return kinds;
    }
}
