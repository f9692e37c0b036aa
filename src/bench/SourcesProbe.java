import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures content sources from outside, over HTTP on loopback (run by run-sources-benchmark.sh):
 * <pre>
 *   java SourcesProbe.java first BASE_URL PAGES TIMEOUT_MS LAUNCH_EPOCH_MS
 *       prints the ms from the JVM's launch until /api/v1/pages lists PAGES pages (every source loaded)
 *   java SourcesProbe.java push BASE_URL SOURCE SECRET PAGE_PATH MARKER TIMEOUT_MS
 *       posts a signed GitHub push webhook for SOURCE, then prints the ms until PAGE_PATH contains MARKER
 * </pre>
 * Exit status 0 when the awaited state was reached, 1 on timeout.
 */
public class SourcesProbe {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    static final Pattern PATH = Pattern.compile("\"path\":");

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "first" -> first(args[1], Integer.parseInt(args[2]), Long.parseLong(args[3]), Long.parseLong(args[4]));
            case "push" -> push(args[1], args[2], args[3], args[4], args[5], Long.parseLong(args[6]));
            default -> {
                System.err.println("usage: first BASE PAGES TIMEOUT_MS LAUNCH_MS | push BASE SOURCE SECRET PATH MARKER TIMEOUT_MS");
                System.exit(2);
            }
        }
    }

    static void first(String base, int pages, long timeoutMs, long launchedAt) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMs;
        int seen = -1;
        while (System.currentTimeMillis() < deadline) {
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/pages")).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    Matcher m = PATH.matcher(r.body());
                    int count = 0;
                    while (m.find()) {
                        count++;
                    }
                    seen = count;
                    if (count >= pages) {
                        System.out.println(System.currentTimeMillis() - launchedAt);
                        return;
                    }
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(seen < 0 ? 20 : 100);
        }
        System.err.println("timed out: " + seen + " of " + pages + " pages listed");
        System.exit(1);
    }

    static void push(String base, String source, String secret, String path, String marker, long timeoutMs) throws Exception {
        String body = "{\"ref\":\"refs/heads/main\",\"repository\":{\"full_name\":\"bench/" + source + "\"}}";
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        long start = System.nanoTime();
        HttpResponse<String> hook = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/webhooks/" + source))
                .header("Content-Type", "application/json").header("X-GitHub-Event", "push").header("X-Hub-Signature-256", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (hook.statusCode() != 200) {
            System.err.println("webhook answered " + hook.statusCode() + ": " + hook.body());
            System.exit(1);
        }
        long deadline = start + timeoutMs * 1_000_000;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() == 200 && page.body().contains(marker)) {
                System.out.println((System.nanoTime() - start) / 1_000_000);
                return;
            }
            Thread.sleep(2);
        }
        System.err.println("timed out waiting for " + marker + " on " + path);
        System.exit(1);
    }
}
