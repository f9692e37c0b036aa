package dev.signpost;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * A browser-like session for tests: keeps cookies, never follows redirects, and posts forms with the CSRF token the
 * last page's form carried (as a browser would). {@link #signIn} goes through the real local sign-in form.
 */
public final class WebSession {

    public static final String CSRF_FIELD = "csrf-token";
    public static final String CSRF_HEADER = "X-CSRF-TOKEN";

    private final Map<String, String> cookies = new HashMap<>();
    private String formToken;
    private String metaToken;

    public static WebSession anonymous() {
        return new WebSession();
    }

    /** Signs in with a demo account (password = user name) through /signin. */
    public static WebSession signIn(String username) {
        WebSession session = new WebSession();
        session.get("/signin");
        Response response = session.post("/signin", Map.of("username", username, "password", username, "redirect", "/"));
        assertEquals(303, response.statusCode(), "demo sign-in of " + username);
        assertNotNull(session.cookies.get("signpost-session"), "a session cookie for " + username);
        return session;
    }

    public Response get(String path) {
        Response response = request().get(path);
        remember(response);
        if (response.contentType() != null && response.contentType().startsWith("text/html")) {
            Document page = Jsoup.parse(response.asString());
            Element field = page.selectFirst("input[name=" + CSRF_FIELD + "]");
            formToken = field == null ? null : field.attr("value");
            Element meta = page.selectFirst("meta[name=csrf-token]");
            metaToken = meta == null ? null : meta.attr("content");
        }
        return response;
    }

    public Document page(String path, int status) {
        Response response = get(path);
        assertEquals(status, response.statusCode(), "status of " + path);
        return Jsoup.parse(response.asString());
    }

    /**
     * Posts a form with the CSRF token of the last page's form, or, when that page had no form, the token of the page's
     * csrf-token meta tag, as a script would.
     */
    public Response post(String path, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        String token = formToken != null ? formToken : metaToken;
        if (token != null) {
            fields.putIfAbsent(CSRF_FIELD, token);
        }
        return postWithout(path, fields);
    }

    /** Posts exactly these fields, with no CSRF token added. */
    public Response postWithout(String path, Map<String, String> form) {
        Response response = request().contentType(ContentType.URLENC.withCharset("UTF-8")).formParams(form).post(path);
        remember(response);
        return response;
    }

    /** Sends JSON with the CSRF token of the last page's meta tag in the X-CSRF-TOKEN header, as the portal's scripts do. */
    public Response patchJson(String path, String json) {
        return sendJson("PATCH", path, json);
    }

    /** Posts JSON with the CSRF token of the last page's meta tag in the X-CSRF-TOKEN header, as the portal's scripts do. */
    public Response postJson(String path, String json) {
        return sendJson("POST", path, json);
    }

    /** Posts JSON as {@link #postJson(String, String)} does, with these headers too (an Idempotency-Key). */
    public Response postJson(String path, String json, Map<String, String> headers) {
        return sendJson("POST", path, json, headers);
    }

    private Response sendJson(String method, String path, String json) {
        return sendJson(method, path, json, Map.of());
    }

    private Response sendJson(String method, String path, String json, Map<String, String> headers) {
        String token = metaToken != null ? metaToken : formToken;
        RequestSpecification request = request().contentType(ContentType.JSON).headers(headers);
        if (token != null) {
            request = request.header(CSRF_HEADER, token);
        }
        Response response = request.body(json).request(method, path);
        remember(response);
        return response;
    }

    /** Posts JSON with no CSRF token. */
    public Response postJsonWithout(String path, String json) {
        Response response = request().contentType(ContentType.JSON).body(json).post(path);
        remember(response);
        return response;
    }

    /** Sends JSON with no CSRF token. */
    public Response patchJsonWithout(String path, String json) {
        Response response = request().contentType(ContentType.JSON).body(json).patch(path);
        remember(response);
        return response;
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    private RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies);
    }

    private void remember(Response response) {
        response.detailedCookies().forEach(c -> {
            if (c.hasMaxAge() && c.getMaxAge() == 0 || c.getValue() == null || c.getValue().isEmpty()) {
                cookies.remove(c.getName());
            } else {
                cookies.put(c.getName(), c.getValue());
            }
        });
    }
}
