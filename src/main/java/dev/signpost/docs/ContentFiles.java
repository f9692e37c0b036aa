package dev.signpost.docs;

import dev.signpost.content.AssetFile;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.util.Locale;
import java.util.Map;

/**
 * Serves a file that sits next to the Markdown (an image, a PDF). Only files the snapshot lists are served, as their
 * source gives them (the folder source checks that the real path is inside the folder; a git source reads the blob).
 * Files get a sandboxing policy of their own: an SVG or HTML file from the content can never run script in the
 * portal's origin.
 */
final class ContentFiles {

    static final String FILE_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("svg", "image/svg+xml"), Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"), Map.entry("ico", "image/x-icon"), Map.entry("pdf", "application/pdf"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("yaml", "text/plain; charset=utf-8"),
            Map.entry("yml", "text/plain; charset=utf-8"), Map.entry("zip", "application/zip"));

    private ContentFiles() {
    }

    static Response serve(AssetFile file) {
        String name = file.name();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        StreamingOutput body = out -> {
            try (var in = file.open()) {
                in.transferTo(out);
            }
        };
        return Response.ok(body)
                .type(TYPES.getOrDefault(extension, "application/octet-stream"))
                .header("Content-Length", file.size())
                .header("Content-Security-Policy", FILE_POLICY)
                .header("Cache-Control", "max-age=300")
                .build();
    }
}
