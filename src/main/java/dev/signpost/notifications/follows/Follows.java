package dev.signpost.notifications.follows;

import dev.signpost.audit.AuditLog;
import dev.signpost.database.Database;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Who follows which tool, roadmap item or campaign. Subjects are named by a type and a key that the owning feature
 * defines ({@link Followable}); this class knows none of them. Following twice is following once.
 */
@ApplicationScoped
public class Follows {

    /** A subject someone follows, with since when; {@code title} is the key and {@code href} null when it is gone. */
    public record Followed(String type, String key, String title, String href, Instant since) {

        public boolean gone() {
            return href == null;
        }

        /** Where a "Stop following" button for it posts. */
        public String action() {
            return FollowResource.action(type, key);
        }
    }

    @Inject
    Database database;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;
    @Inject
    Instance<Followable> followables;

    /** Starts following; false when the person already followed it (also when a second click got there first). */
    public boolean follow(String username, String type, String key) {
        database.requireReady();
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                if (Follow.findById(new Follow.Key(username, type, key)) != null) {
                    return false;
                }
                Follow follow = new Follow();
                follow.key = new Follow.Key(username, type, key);
                follow.createdAt = clock.instant();
                follow.persistAndFlush();
                audit.recordAs(username, "follow", type, key, "");
                return true;
            });
        } catch (RuntimeException e) {
            if (isFollowing(username, type, key)) {
                return false; // the same person's other request inserted it a moment earlier
            }
            throw e;
        }
    }

    /** Stops following; false when the person did not follow it. */
    public boolean unfollow(String username, String type, String key) {
        database.requireReady();
        return QuarkusTransaction.requiringNew().call(() -> {
            boolean deleted = Follow.deleteById(new Follow.Key(username, type, key));
            if (deleted) {
                audit.recordAs(username, "unfollow", type, key, "");
            }
            return deleted;
        });
    }

    public boolean isFollowing(String username, String type, String key) {
        database.requireReady();
        return Follow.count("key.username = ?1 and key.subjectType = ?2 and key.subjectKey = ?3", username, type, key) > 0;
    }

    /** The user names of everyone who follows a subject, alphabetically. */
    public List<String> followers(String type, String key) {
        database.requireReady();
        return Follow.<Follow>list("key.subjectType = ?1 and key.subjectKey = ?2", Sort.ascending("key.username"), type, key)
                .stream().map(f -> f.key.username()).toList();
    }

    /** What a person follows, newest first, with each subject's title and page as its feature knows them now. */
    public List<Followed> of(String username) {
        database.requireReady();
        return Follow.<Follow>list("key.username", Sort.descending("createdAt").and("key.subjectType").and("key.subjectKey"), username)
                .stream().map(f -> followed(f.key.subjectType(), f.key.subjectKey(), f.createdAt)).toList();
    }

    /** The feature's description of a kind of subject, when a feature offers it. */
    public Optional<Followable> kind(String type) {
        return followables.stream().filter(f -> f.type().code().equals(type)).findFirst();
    }

    private Followed followed(String type, String key, Instant since) {
        Optional<Followable.Subject> subject = kind(type).flatMap(k -> k.find(key));
        return new Followed(type, key, subject.map(Followable.Subject::title).orElse(key), subject.map(Followable.Subject::href).orElse(null),
                since);
    }
}
