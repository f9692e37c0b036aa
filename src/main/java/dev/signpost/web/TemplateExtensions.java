package dev.signpost.web;

import io.quarkus.qute.TemplateExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Small formatting helpers every template may use. */
@TemplateExtension
public class TemplateExtensions {

    private TemplateExtensions() {
    }

    /** A value for a query parameter: {@code href="/x?q={value.urlEncode}"}. */
    static String urlEncode(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
