package dev.signpost.notifications.follows;

import java.util.Optional;

/**
 * A kind of thing people can follow, as the feature that owns it tells {@code notifications} (a CDI bean there
 * implements it): tools, roadmap items, campaigns. The follow button posts to {@code /follows/{type}/{key}}, which
 * asks the bean of that type whether the key names something that exists.
 */
public interface Followable {

    /**
     * The kind itself.
     *
     * @param code the word for it in URLs and the {@code follow} table: {@code tool}, {@code roadmap-item}
     * @param noun how a sentence names one: "tool", "roadmap item"
     * @param news what following one brings, as the end of "you will hear when …": "its ring changes"
     */
    record Type(String code, String noun, String news) {
    }

    /** One thing that can be followed: what people call it and where its page is. */
    record Subject(String type, String key, String title, String href) {
    }

    Type type();

    /** The subject with this key, or empty when there is none (never throws for odd keys). */
    Optional<Subject> find(String key);
}
