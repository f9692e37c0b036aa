package dev.signpost.search;

import dev.signpost.content.ContentTypes;
import dev.signpost.web.QueryString;

import java.util.LinkedHashMap;
import java.util.Map;

/** The search page's links: each keeps the current query and filters and changes one thing. */
public record SearchPage(SearchResults results, String sectionTitle) {

    public SearchRequest request() {
        return results.request();
    }

    /** The type filter as people read it ("Tool", "Page"), not its code. */
    public String typeLabel() {
        return request().type() == null ? null : ContentTypes.label(request().type());
    }

    public String typeHref(String type) {
        return href(Map.of("type", toggle(request().type(), type), "page", ""));
    }

    public String tagHref(String tag) {
        return href(Map.of("tag", toggle(request().tag(), tag), "page", ""));
    }

    public String sourceHref(String source) {
        return href(Map.of("source", toggle(request().source(), source), "page", ""));
    }

    public String pageHref(int page) {
        return href(Map.of("page", String.valueOf(page)));
    }

    public String withoutHref(String parameter) {
        return href(Map.of(parameter, "", "page", ""));
    }

    /** The same filters for the corrected query, or for the query as typed when showing a correction. */
    public String queryHref(String query) {
        return href(Map.of("q", query, "page", ""));
    }

    private static String toggle(String current, String value) {
        return value.equals(current) ? "" : value;
    }

    private String href(Map<String, String> changes) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", request().query());
        params.put("type", request().type());
        params.put("tag", request().tag());
        params.put("owner", request().owner());
        params.put("section", request().section());
        params.put("source", request().source());
        params.put("page", request().page() > 1 ? String.valueOf(request().page()) : null);
        params.putAll(changes);
        return QueryString.link("/search", params);
    }
}
