package dev.signpost.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * highlight.js's core as an ES module. The web jar ships it as CommonJS only; loaded as a classic script, its top-level
 * names ({@code Response}, {@code escapeHTML}, ...) would become globals of every page, and {@code Response} would
 * hide the browser's own. Here its source runs inside a module's scope and is exported as the module's default.
 */
@Path("/js/highlight-core.js")
public class HighlighterModule {

    private static final String WEB_JAR = "META-INF/resources/_static/highlight.js/";
    private static final byte[] SOURCE = module().getBytes(StandardCharsets.UTF_8);

    @GET
    public Response get() {
        return Response.ok(SOURCE, "text/javascript; charset=utf-8").header("Cache-Control", "public, max-age=86400").build();
    }

    private static String module() {
        String version = version();
        return "// highlight.js " + version + " core from the org.mvnpm:highlight.js web jar, wrapped as an ES module\n"
                + "const module = { exports: {} };\n"
                + read(WEB_JAR + version + "/lib/core.js")
                + "\nexport default module.exports;\n";
    }

    private static String version() {
        Properties pom = new Properties();
        try (InputStream in = resource("META-INF/maven/org.mvnpm/highlight.js/pom.properties")) {
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pom.getProperty("version");
    }

    private static String read(String name) {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Missing from the class path: " + name + " (the org.mvnpm:highlight.js web jar)");
        }
        return in;
    }
}
