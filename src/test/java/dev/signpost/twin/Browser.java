package dev.signpost.twin;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.io.InputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A browser for tests against running instances: keeps cookies for 127.0.0.1 (for every port, as behind a load
 * balancer), never follows redirects, posts forms with the last page's CSRF token. Used by one thread at a time.
 */
public final class Browser {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private String token;

    public static Browser signIn(String base, String username) throws Exception {
        Browser browser = new Browser();
        browser.get(base + "/signin");
        HttpResponse<String> response = browser.post(base + "/signin", Map.of("username", username, "password", username, "redirect", "/"));
        assertEquals(303, response.statusCode(), "demo sign-in of " + username + " on " + base);
        return browser;
    }

    public HttpResponse<String> get(String url) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
            Element field = Jsoup.parse(response.body()).selectFirst("input[name=csrf-token]");
            token = field == null ? null : field.attr("value");
        }
        return response;
    }

    public HttpResponse<String> post(String url, Map<String, String> form) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (token != null) {
            fields.putIfAbsent("csrf-token", token);
        }
        return postWithoutToken(url, fields);
    }

    /** Posts exactly the given fields: with the browser's cookies, but no CSRF token unless one is among them. */
    public HttpResponse<String> postWithoutToken(String url, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public EventStream events(String url) throws Exception {
        HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode(), "event stream " + url);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        return new EventStream(response.body());
    }
}
