package dev.signpost.feedback.ratings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pages an anonymous reader has rated, as their browser keeps them (cookie {@value #COOKIE}): each page by a short
 * hash of its address with the answer, the latest {@value #LIMIT} at most, so that a reload shows "You rated this page"
 * instead of asking again. Anything unreadable in the cookie is ignored.
 */
public record RatedPages(Map<String, Rating> byPageKey) {

    public static final String COOKIE = "signpost-rated";
    static final int LIMIT = 40;
    private static final String ENTRY = "[A-Za-z0-9_-]{11}:[yn]";

    public RatedPages {
        byPageKey = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byPageKey));
    }

    /** The pages in a cookie's value; none for null or garbage. */
    public static RatedPages parse(String cookie) {
        Map<String, Rating> pages = new LinkedHashMap<>();
        if (cookie != null && cookie.length() <= LIMIT * 15) {
            for (String entry : cookie.split("\\.")) {
                if (entry.matches(ENTRY)) {
                    pages.remove(entry.substring(0, 11));
                    pages.put(entry.substring(0, 11), entry.endsWith("y") ? Rating.YES : Rating.NO);
                }
            }
        }
        return new RatedPages(trimmed(pages));
    }

    public Optional<Rating> rating(String pageUrl) {
        return Optional.ofNullable(byPageKey.get(key(pageUrl)));
    }

    /** These pages with {@code pageUrl} rated {@code rating}, as the newest entry; the oldest go past the limit. */
    public RatedPages with(String pageUrl, Rating rating) {
        Map<String, Rating> pages = new LinkedHashMap<>(byPageKey);
        pages.remove(key(pageUrl));
        pages.put(key(pageUrl), rating);
        return new RatedPages(trimmed(pages));
    }

    public String cookieValue() {
        List<String> entries = new ArrayList<>();
        byPageKey.forEach((key, rating) -> entries.add(key + ":" + (rating == Rating.YES ? "y" : "n")));
        return String.join(".", entries);
    }

    /** A page's address as 11 URL-safe characters (66 bits of its SHA-256). */
    static String key(String pageUrl) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(pageUrl.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 11);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private static Map<String, Rating> trimmed(Map<String, Rating> pages) {
        while (pages.size() > LIMIT) {
            pages.remove(pages.keySet().iterator().next());
        }
        return pages;
    }
}
