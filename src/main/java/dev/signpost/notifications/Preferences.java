package dev.signpost.notifications;

import dev.signpost.audit.AuditLog;
import dev.signpost.database.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * How each person wants each {@link Kind}: their own choice, else the admin's default for the kind, else Signpost's
 * built-in one ({@link Kind#builtInCadence()}). Changing a default is audited; a person's own choice is theirs.
 */
@ApplicationScoped
@Transactional
public class Preferences {

    @Inject
    Database database;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;

    /** The cadence that applies to {@code username} for {@code kind} now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Cadence cadence(String username, Kind kind) {
        Preference own = Preference.findById(new Preference.Key(username, kind.code()));
        return own != null ? own.cadence : defaultFor(kind);
    }

    /** Every kind a person chooses for, with what applies to them now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Kind, Cadence> of(String username) {
        database.requireReady();
        Map<Kind, Cadence> cadences = defaults();
        Preference.<Preference>list("key.username", username).forEach(p -> Kind.of(p.key.kind)
                .filter(cadences::containsKey).ifPresent(kind -> cadences.put(kind, p.cadence)));
        return cadences;
    }

    /** Stores a person's choices; a choice equal to the default is stored too, so a later default does not change it. */
    public void choose(String username, Map<Kind, Cadence> choices) {
        database.requireReady();
        Instant now = clock.instant();
        choices.forEach((kind, cadence) -> {
            Preference.Key key = new Preference.Key(username, kind.code());
            Preference preference = Preference.findById(key);
            if (preference == null) {
                preference = new Preference();
                preference.key = key;
            }
            preference.cadence = cadence;
            preference.changedAt = now;
            preference.persist();
        });
    }

    /** The default of every kind people choose for: the admin's where set, else the built-in one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Kind, Cadence> defaults() {
        database.requireReady();
        Map<Kind, Cadence> cadences = new EnumMap<>(Kind.class);
        Kind.chosenByPeople().forEach(kind -> cadences.put(kind, kind.builtInCadence()));
        KindDefault.<KindDefault>listAll().forEach(d -> Kind.of(d.kind).filter(cadences::containsKey)
                .ifPresent(kind -> cadences.put(kind, d.cadence)));
        return cadences;
    }

    /** An admin's defaults, for everyone without a choice of their own; each kind that changes is audited. */
    public void setDefaults(Map<Kind, Cadence> cadences, String admin) {
        database.requireReady();
        cadences.forEach((kind, cadence) -> {
            KindDefault row = KindDefault.findById(kind.code());
            Cadence was = row == null ? kind.builtInCadence() : row.cadence;
            if (was == cadence) {
                return;
            }
            if (row == null) {
                row = new KindDefault();
                row.kind = kind.code();
            }
            row.cadence = cadence;
            row.changedBy = admin;
            row.changedAt = clock.instant();
            row.persist();
            audit.record("notification.default", "notification-kind", kind.code(), was.code() + " → " + cadence.code());
        });
    }

    private Cadence defaultFor(Kind kind) {
        KindDefault row = KindDefault.findById(kind.code());
        return row != null ? row.cadence : kind.builtInCadence();
    }
}
