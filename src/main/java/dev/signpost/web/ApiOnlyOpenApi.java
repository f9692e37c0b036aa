package dev.signpost.web;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import java.util.List;

/**
 * Keeps the OpenAPI description to the JSON API: every path outside {@code /api/} (the HTML pages, downloads and feeds)
 * is removed, so a new page can never appear in it by accident.
 */
public class ApiOnlyOpenApi implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        List<String> pages = openAPI.getPaths().getPathItems().keySet().stream().filter(p -> !p.startsWith("/api/")).toList();
        pages.forEach(openAPI.getPaths()::removePathItem);
    }
}
