package dev.signpost.notifications.periodic;

import dev.signpost.notifications.NewMessage;
import dev.signpost.notifications.NotificationsConfig;
import dev.signpost.notifications.Outbox;
import dev.signpost.notifications.Recipients;
import dev.signpost.people.Directory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The outbox as {@link PeriodicMessages} use it: messages that gather several things for one person (a reminder of
 * their items, a digest of their teams' pages), each person reached through the owners of the things ({@link
 * Recipients}), each body a {@link MessageText} with the portal's address. Call it inside the job's transaction.
 */
@ApplicationScoped
public class PerPersonMessages {

    /** Makes one person's message of their things (the text to write its body with is given). */
    @FunctionalInterface
    public interface Composer<T> {
        NewMessage compose(String person, List<T> theirs, MessageText text);
    }

    @Inject
    Directory directory;
    @Inject
    Outbox outbox;
    @Inject
    NotificationsConfig config;

    /** Queues, for each person the things' owners stand for, one message of their things (in the order given). */
    public <T> void perPerson(Collection<T> things, Function<T, String> owner, Composer<T> composer) {
        Recipients.gather(things, owner, directory.names()).forEach((person, theirs) -> outbox.queue(composer.compose(person, theirs, text())));
    }

    /** The people an owner (a person, or a team) stands for. */
    public List<String> members(String owner) {
        return Recipients.of(owner, directory.names(), null);
    }

    /** Queues one person's message as their cadence for its kind says ({@link Outbox#queue}). */
    public void queue(NewMessage message) {
        outbox.queue(message);
    }

    /** A new body that lists things with their full addresses. */
    public MessageText text() {
        return new MessageText(config.portalUrl());
    }
}
