package dev.signpost.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/** Links with query parameters, and the page number every paged list reads from one. */
public final class QueryString {

    private QueryString() {
    }

    /** {@code path?k=v&...} with the parameters that have a value, URL-encoded, in the map's order. */
    public static String link(String path, Map<String, String> params) {
        StringJoiner query = new StringJoiner("&", path + "?", "").setEmptyValue(path);
        params.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    /** A page number from a query parameter; anything that is not a positive number of up to four digits means 1. */
    public static int pageNumber(String value) {
        return value != null && value.matches("\\d{1,4}") ? Math.max(1, Integer.parseInt(value)) : 1;
    }

    /**
     * The page size an API request asks for ({@code size}), from 1 to {@code max}, or {@code fallback} when it asks for
     * none; a size that is not such a number adds a problem saying so and gives {@code fallback}.
     */
    public static int pageSize(String value, int fallback, int max, java.util.List<String> problems) {
        if (value == null) {
            return fallback;
        }
        int size = value.matches("\\d{1,3}") ? Integer.parseInt(value) : 0;
        if (size < 1 || size > max) {
            problems.add("size must be a number from 1 to " + max + ".");
            return fallback;
        }
        return size;
    }
}
