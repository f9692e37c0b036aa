package dev.signpost.people;

import dev.signpost.database.Database;
import dev.signpost.security.AccountEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;

/**
 * Keeps the directory current: every sign-in stores the person with the display name and teams their identity gave,
 * and moves last seen (the one before becomes previous seen). A failure is logged; it never stops anyone signing in.
 */
@ApplicationScoped
public class SignIns {

    private static final Logger LOG = Logger.getLogger(SignIns.class);

    @Inject
    Database database;
    @Inject
    Clock clock;

    void onAccountEvent(@Observes AccountEvent event, SignIns self) {
        if (event.kind() != AccountEvent.Kind.SIGNED_IN || event.username() == null || event.username().isBlank()) {
            return;
        }
        try {
            self.record(event);
        } catch (RuntimeException e) {
            LOG.warnf("Sign-in of %s not recorded in the people directory: %s", event.username(), e.getMessage());
        }
    }

    /** Stores or updates the person who signed in now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Person record(AccountEvent event) {
        database.requireReady();
        Instant now = clock.instant();
        String username = clip(event.username().strip(), Person.USERNAME_LENGTH);
        Person person = Person.byUsername(username).orElse(null);
        if (person == null) {
            person = new Person();
            person.username = username;
            person.firstSeenAt = now;
        } else {
            person.previousSeenAt = person.lastSeenAt;
        }
        String displayName = event.displayName() == null || event.displayName().isBlank() ? username : event.displayName().strip();
        person.displayName = clip(displayName.replaceAll("\\p{Cntrl}", " "), Person.DISPLAY_NAME_LENGTH);
        person.teams = Person.joinTeams(event.teams());
        person.email = Addresses.plausible(event.email()) ? event.email().strip() : null;
        person.lastSeenAt = now;
        person.persist();
        return person;
    }

    private static String clip(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }
}
