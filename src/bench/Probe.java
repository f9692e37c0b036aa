import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measurement client for run-benchmark.sh. Every interval is measured inside this process, so the
 * start-up cost of this JVM is never part of a figure (for first-page the launch timestamp of
 * the app is passed in).
 *
 * <pre>
 *   java src/bench/Probe.java first-page URL TIMEOUT_MS START_EPOCH_MS [APP_PID] [POLL_MS=5] [POLL_503_MS=50]
 *   java src/bench/Probe.java reload FILE URL MARKER [TIMEOUT_MS=10000] [inplace|append|atomic]
 *   java src/bench/Probe.java get-many URLS_FILE         (lines: URL [EXPECTED_STATUS=200])
 * </pre>
 *
 * Each mode prints human-readable lines and one machine-readable line starting with "RESULT "
 * (space-separated key=value pairs). Exit status: 0 ok, 2 timeout, 3 app process died,
 * 4 unexpected answers, 1 usage or I/O error.
 */
public class Probe {

    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        int rc = switch (args[0]) {
            case "first-page" -> firstPage(args);
            case "reload" -> reload(args);
            case "get-many" -> getMany(args);
            default -> usage();
        };
        System.exit(rc);
    }

    static int usage() {
        System.err.println("usage: Probe first-page URL TIMEOUT_MS START_EPOCH_MS [APP_PID] [POLL_MS] [POLL_503_MS]\n"
                + "       Probe reload FILE URL MARKER [TIMEOUT_MS] [inplace|append|atomic]\n"
                + "       Probe get-many URLS_FILE");
        System.exit(1);
        return 1;
    }

    static HttpResponse<String> get(String url, Duration timeout) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build();
        return CLIENT.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static void sleepMs(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String fmt(double ms) {
        return String.format(Locale.ROOT, "%.1f", ms);
    }

    // ------------------------------------------------------------------------------------------
    // first-page: poll URL until it answers 200; time measured from the app's launch.
    // POLL_MS between tries while the connection is refused (cheap for the app), POLL_503_MS while it
    // answers 503: each 503 costs the app CPU, and polling every few ms slows a load on a small machine
    // noticeably (about 20 % on 2 CPUs), so the default there is coarser; the figure's granularity is
    // at most POLL_503_MS.
    static int firstPage(String[] a) {
        if (a.length < 4) {
            return usage();
        }
        String url = a[1];
        long timeoutMs = Long.parseLong(a[2]);
        long start = Long.parseLong(a[3]);
        ProcessHandle app = a.length > 4 && !a[4].isEmpty() ? ProcessHandle.of(Long.parseLong(a[4])).orElse(null) : null;
        long pollMs = a.length > 5 ? Long.parseLong(a[5]) : 5;
        long poll503Ms = a.length > 6 ? Long.parseLong(a[6]) : 50;
        long deadline = start + timeoutMs;
        long firstAttempt = System.currentTimeMillis();
        long httpUp = -1;
        int attempts = 0, refused = 0, n503 = 0, other = 0;
        String retryAfter = null;
        Map<Integer, Integer> statuses = new TreeMap<>();
        String lastError = "";
        int lastStatus = -1;
        while (true) {
            long now = System.currentTimeMillis();
            if (now > deadline) {
                System.out.println("first-page: no 200 from " + url + " within " + timeoutMs + " ms; statuses="
                        + statuses + " refused=" + refused + " last=" + (lastStatus > 0 ? lastStatus : lastError));
                System.out.println("RESULT first_page_ms=timeout http_up_ms=" + (httpUp < 0 ? "none" : httpUp - start)
                        + " last_status=" + lastStatus);
                return 2;
            }
            if (app != null && !app.isAlive()) {
                System.out.println("first-page: app process " + app.pid() + " exited after "
                        + (now - start) + " ms");
                System.out.println("RESULT first_page_ms=died http_up_ms=" + (httpUp < 0 ? "none" : httpUp - start));
                return 3;
            }
            attempts++;
            try {
                HttpResponse<String> r = get(url, Duration.ofSeconds(5));
                long t = System.currentTimeMillis();
                lastStatus = r.statusCode();
                statuses.merge(lastStatus, 1, Integer::sum);
                if (httpUp < 0) {
                    httpUp = t;
                }
                if (lastStatus == 200) {
                    long ms = t - start;
                    System.out.println("first-page: " + url + " answered 200 after " + ms + " ms (HTTP up after "
                            + (httpUp - start) + " ms; attempts=" + attempts + " refused=" + refused
                            + " statuses=" + statuses + (n503 > 0 ? " Retry-After=" + retryAfter : "") + ")");
                    if (attempts == 1) {
                        System.out.println("first-page: WARNING: the very first probe (started "
                                + (firstAttempt - start) + " ms after launch) already got 200; the figure is an"
                                + " upper bound");
                    }
                    System.out.println("RESULT first_page_ms=" + ms + " http_up_ms=" + (httpUp - start)
                            + " attempts=" + attempts + " n503=" + n503 + " other=" + other
                            + " retry_after=" + (retryAfter == null ? "none" : retryAfter.replace(' ', '_'))
                            + " first_probe_ms=" + (firstAttempt - start) + " poll_ms=" + pollMs
                            + " poll_503_ms=" + poll503Ms);
                    return 0;
                } else if (lastStatus == 503) {
                    n503++;
                    if (retryAfter == null) {
                        retryAfter = r.headers().firstValue("Retry-After").orElse("missing");
                    }
                } else {
                    other++;
                }
            } catch (IOException e) {
                refused++;
                lastError = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                return 1;
            }
            sleepMs(httpUp < 0 ? pollMs : poll503Ms);
        }
    }

    // ------------------------------------------------------------------------------------------
    // reload: change FILE, then poll URL until the body contains MARKER
    static int reload(String[] a) throws IOException {
        if (a.length < 4) {
            return usage();
        }
        Path file = Paths.get(a[1]);
        String url = a[2];
        String marker = a[3];
        long timeoutMs = a.length > 4 ? Long.parseLong(a[4]) : 10_000;
        String mode = a.length > 5 ? a[5] : "inplace";

        // warm up: connection and client code paths, and check the page is served without the marker
        int warm = 0;
        long warmDeadline = System.currentTimeMillis() + 5_000;
        HttpResponse<String> r = null;
        while (warm < 20 && System.currentTimeMillis() < warmDeadline) {
            try {
                r = get(url, Duration.ofSeconds(5));
                if (r.statusCode() == 200) {
                    warm++;
                }
            } catch (IOException | InterruptedException e) {
                sleepMs(10);
            }
        }
        if (r == null || r.statusCode() != 200) {
            System.out.println("reload: " + url + " not served before the change (status "
                    + (r == null ? "none" : r.statusCode()) + ")");
            System.out.println("RESULT reload_ms=error status=" + (r == null ? "none" : r.statusCode()));
            return 4;
        }
        if (r.body().contains(marker)) {
            System.out.println("reload: marker " + marker + " already present before the change");
            System.out.println("RESULT reload_ms=error reason=marker_present");
            return 4;
        }

        byte[] old = Files.readAllBytes(file);
        String para = "\n\nBenchmark edit: this paragraph was appended by the reload benchmark, marker "
                + marker + ".\n";
        byte[] added = para.getBytes(StandardCharsets.UTF_8);
        byte[] whole = new byte[old.length + added.length];
        System.arraycopy(old, 0, whole, 0, old.length);
        System.arraycopy(added, 0, whole, old.length, added.length);
        Path tmp = file.resolveSibling(".bench-" + marker + ".tmp");
        if (mode.equals("atomic")) {
            Files.write(tmp, whole); // prepared before the clock starts
        }

        long t0 = System.nanoTime();
        switch (mode) {
            // what an editor saving in place does: truncate the file and write the new content
            case "inplace" -> Files.write(file, whole, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            case "append" -> Files.write(file, added, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            case "atomic" -> Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            default -> {
                return usage();
            }
        }
        long written = System.nanoTime();
        long deadline = t0 + timeoutMs * 1_000_000L;
        int polls = 0;
        Map<Integer, Integer> statuses = new TreeMap<>();
        int errors = 0;
        while (System.nanoTime() < deadline) {
            polls++;
            try {
                HttpResponse<String> p = get(url, Duration.ofSeconds(5));
                long t = System.nanoTime();
                statuses.merge(p.statusCode(), 1, Integer::sum);
                if (p.statusCode() == 200 && p.body().contains(marker)) {
                    double ms = (t - t0) / 1e6;
                    System.out.println("reload: " + URI.create(url).getPath() + " -> marker visible after " + fmt(ms)
                            + " ms (" + polls + " polls, write took " + fmt((written - t0) / 1e6) + " ms, statuses "
                            + statuses + ")");
                    System.out.println("RESULT reload_ms=" + fmt(ms) + " polls=" + polls + " non200="
                            + (polls - statuses.getOrDefault(200, 0)));
                    return 0;
                }
            } catch (IOException e) {
                errors++;
            } catch (InterruptedException e) {
                return 1;
            }
            sleepMs(2);
        }
        System.out.println("reload: marker " + marker + " not visible at " + url + " within " + timeoutMs
                + " ms (" + polls + " polls, statuses " + statuses + ", errors " + errors + ")");
        System.out.println("RESULT reload_ms=timeout polls=" + polls + " non200="
                + (polls - statuses.getOrDefault(200, 0)));
        return 2;
    }

    // ------------------------------------------------------------------------------------------
    // get-many: sequential GETs of the listed URLs, latency summary and status check
    static int getMany(String[] a) throws IOException {
        if (a.length < 2) {
            return usage();
        }
        List<String> lines = Files.readAllLines(Paths.get(a[1]));
        List<Double> lat = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> unexpected = new ArrayList<>();
        long bytes = 0;
        int errors = 0;
        long t0 = System.nanoTime();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.trim().split("\\s+");
            String url = parts[0];
            int expected = parts.length > 1 ? Integer.parseInt(parts[1]) : 200;
            long s = System.nanoTime();
            try {
                HttpResponse<String> r = get(url, Duration.ofSeconds(10));
                lat.add((System.nanoTime() - s) / 1e6);
                statuses.merge(r.statusCode(), 1, Integer::sum);
                bytes += r.body().length();
                if (r.statusCode() != expected) {
                    unexpected.add(url + " -> " + r.statusCode() + " (expected " + expected + ")");
                }
            } catch (IOException | InterruptedException e) {
                errors++;
                unexpected.add(url + " -> " + e.getClass().getSimpleName());
            }
        }
        double total = (System.nanoTime() - t0) / 1e6;
        Collections.sort(lat);
        double p50 = lat.isEmpty() ? 0 : lat.get(lat.size() / 2);
        double p95 = lat.isEmpty() ? 0 : lat.get(Math.min(lat.size() - 1, (int) Math.ceil(lat.size() * 0.95) - 1));
        double max = lat.isEmpty() ? 0 : lat.get(lat.size() - 1);
        System.out.println("get-many: " + lat.size() + " responses in " + fmt(total) + " ms, statuses " + statuses
                + ", errors " + errors + ", latency p50 " + fmt(p50) + " ms, p95 " + fmt(p95) + " ms, max "
                + fmt(max) + " ms, avg body " + (lat.isEmpty() ? 0 : bytes / lat.size()) + " chars");
        for (int i = 0; i < Math.min(10, unexpected.size()); i++) {
            System.out.println("get-many: unexpected: " + unexpected.get(i));
        }
        System.out.println("RESULT requests=" + lat.size() + " errors=" + errors + " unexpected=" + unexpected.size()
                + " p50_ms=" + fmt(p50) + " p95_ms=" + fmt(p95) + " max_ms=" + fmt(max));
        return unexpected.isEmpty() ? 0 : 4;
    }
}
