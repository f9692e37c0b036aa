package dev.signpost.docs;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Paths that try to leave the content root answer 404 and never return a file from outside it. */
@QuarkusTest
class PathTraversalTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "/docs/../../etc/passwd",
            "/docs/..%2f..%2fetc%2fpasswd",
            "/docs/%2e%2e/%2e%2e/etc/passwd",
            "/docs/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "/docs/..%5c..%5cetc%5cpasswd",
            "/docs/practices/..%2f..%2f..%2fpom.xml",
            "/docs/%252e%252e/%252e%252e/etc/passwd",
            "/docs/..%c0%af..%c0%afetc/passwd",
            "/docs/.git/config",
            "/docs/practices/%00.md",
            "/docs//etc/passwd",
            "/docs/practices/release/../../../pom.xml"
    })
    void shouldNeverServeFilesOutsideContentRoot(String path) throws Exception {
        // Sent raw, so neither the client nor a URI class normalises the attack away before it reaches the server.
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + RestAssured.port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, response.statusCode(), path);
        assertFalse(response.body().contains("root:x:0:0"), path);
        assertFalse(response.body().contains("<artifactId>signpost</artifactId>"), path);
    }
}
