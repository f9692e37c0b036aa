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
}
