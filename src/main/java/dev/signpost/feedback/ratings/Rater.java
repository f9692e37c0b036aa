package dev.signpost.feedback.ratings;

/**
 * Who is rating: a signed-in user by name, or an anonymous visitor by the random id of their visitor cookie (so the
 * once-a-day rule holds for them too).
 */
record Rater(String key, String userName) {

    static final String ANONYMOUS = "anonymous";

    static Rater user(String username) {
        return new Rater(username, username);
    }

    static Rater visitor(String visitorId) {
        return new Rater(ANONYMOUS + ":" + visitorId, ANONYMOUS);
    }
}
