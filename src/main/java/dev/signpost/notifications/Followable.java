package dev.signpost.notifications;

import java.util.Optional;

/**
 * A kind of thing people can follow, as the feature that owns it tells {@code notifications} (a CDI bean there
 * implements it): tools, roadmap items, campaigns. The follow button posts to {@code /follows/{type}/{key}}, which
 * asks the bean of that type whether the key names something that exists.
 */
public interface Followable {

    /** One thing that can be followed: what people call it and where its page is. */
    record Subject(String type, String key, String title, String href) {
    }

    /** The word for the kind, as the URL and the {@code follow} table hold it: {@code tool}, {@code roadmap-item}. */
    String type();

    /** How a sentence names one: "tool", "roadmap item". */
    String noun();

    /** What following it brings, as the end of "You will hear when …": "its ring changes". */
    String news();

    /** The subject with this key, or empty when there is none (never throws for odd keys). */
    Optional<Subject> find(String key);
}
