package dev.signpost.web;

import io.quarkus.qute.TemplateExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Small formatting helpers every template may use. */
@TemplateExtension
public class TemplateExtensions {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private TemplateExtensions() {
    }

    /** A value for a query parameter: {@code href="/x?q={value.urlEncode}"}. */
    static String urlEncode(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A moment as {@code 2026-11-28 12:00:00}, in UTC. */
    static String utc(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }
}
