import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
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
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measurement client for run-benchmark.sh. Every interval is measured inside this process, so the
 * start-up cost of this JVM is never part of a figure (for first-page the launch timestamp of
 * the app is passed in).
 *
 * <pre>
 *   java src/bench/Probe.java first-page URL TIMEOUT_MS START_EPOCH_MS [APP_PID] [POLL_MS=5] [POLL_503_MS=50]
 *   java src/bench/Probe.java reload FILE URL MARKER [TIMEOUT_MS=10000] [inplace|append|atomic]
 *   java src/bench/Probe.java get-many URLS_FILE         (lines: URL [EXPECTED_STATUS=200])
 *   java src/bench/Probe.java search-ready URL TIMEOUT_MS START_EPOCH_MS [APP_PID] [POLL_MS=5] [POLL_503_MS=50]
 *   java src/bench/Probe.java search-load BASE_URL QUERIES_FILE [DURATION_S=10] [THREADS=4] [MAX_REQUESTS=200000]
 *                                         [APP_PID] [CLK_TCK=100]
 * </pre>
 *
 * search-ready is first-page for the search API ({@code /api/v1/search?q=...} answers 503 until the first index is
 * built). search-load sends the queries of QUERIES_FILE (one per line, # comments) round-robin to
 * {@code BASE_URL/api/v1/search?q=...} from THREADS concurrent clients for DURATION_S seconds, after one sequential
 * warm-up round, and reports requests/s, non-200 answers and latency percentiles.
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
            case "search-ready" -> {
                label = "search-ready";
                resultKey = "ready_ms";
                yield firstPage(args);
            }
            case "search-load" -> searchLoad(args);
            default -> usage();
        };
        System.exit(rc);
    }

    static int usage() {
        System.err.println("usage: Probe first-page URL TIMEOUT_MS START_EPOCH_MS [APP_PID] [POLL_MS] [POLL_503_MS]\n"
                + "       Probe reload FILE URL MARKER [TIMEOUT_MS] [inplace|append|atomic]\n"
                + "       Probe get-many URLS_FILE\n"
                + "       Probe search-ready URL TIMEOUT_MS START_EPOCH_MS [APP_PID] [POLL_MS] [POLL_503_MS]\n"
                + "       Probe search-load BASE_URL QUERIES_FILE [DURATION_S] [THREADS] [MAX_REQUESTS] [APP_PID] [CLK_TCK]");
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

    /** How first-page names itself in its output (search-ready reuses it). */
    static String label = "first-page";
    static String resultKey = "first_page_ms";

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
                System.out.println(label + ": no 200 from " + url + " within " + timeoutMs + " ms; statuses="
                        + statuses + " refused=" + refused + " last=" + (lastStatus > 0 ? lastStatus : lastError));
                System.out.println("RESULT " + resultKey + "=timeout http_up_ms=" + (httpUp < 0 ? "none" : httpUp - start)
                        + " last_status=" + lastStatus);
                return 2;
            }
            if (app != null && !app.isAlive()) {
                System.out.println(label + ": app process " + app.pid() + " exited after "
                        + (now - start) + " ms");
                System.out.println("RESULT " + resultKey + "=died http_up_ms=" + (httpUp < 0 ? "none" : httpUp - start));
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
                    System.out.println(label + ": " + url + " answered 200 after " + ms + " ms ("
                            + (label.equals("first-page") ? "HTTP up after " + (httpUp - start) + " ms"
                                    : "first probe " + (firstAttempt - start) + " ms after launch")
                            + "; attempts=" + attempts + " refused=" + refused
                            + " statuses=" + statuses + (n503 > 0 ? " Retry-After=" + retryAfter : "") + ")");
                    if (attempts == 1) {
                        System.out.println(label + ": WARNING: the very first probe (started "
                                + (firstAttempt - start) + " ms after launch) already got 200; the figure is an"
                                + " upper bound");
                    }
                    System.out.println("RESULT " + resultKey + "=" + ms + " http_up_ms=" + (httpUp - start)
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

    // ------------------------------------------------------------------------------------------
    // search-load: the queries round-robin from THREADS concurrent clients for DURATION_S seconds
    static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

    static int searchLoad(String[] a) throws IOException, InterruptedException {
        if (a.length < 3) {
            return usage();
        }
        String base = a[1];
        long durationMs = (a.length > 3 ? Long.parseLong(a[3]) : 10) * 1000;
        int threads = a.length > 4 ? Integer.parseInt(a[4]) : 4;
        long maxRequests = a.length > 5 ? Long.parseLong(a[5]) : 200_000;
        ProcessHandle app = a.length > 6 && !a[6].isEmpty() ? ProcessHandle.of(Long.parseLong(a[6])).orElse(null) : null;
        long clkTck = a.length > 7 ? Long.parseLong(a[7]) : 100;
        if (durationMs < 1000 || threads < 1 || threads > 64 || maxRequests < 1) {
            System.out.println("search-load: DURATION_S must be >= 1, THREADS 1..64, MAX_REQUESTS >= 1");
            return 1;
        }
        List<String> queries = new ArrayList<>();
        for (String line : Files.readAllLines(Paths.get(a[2]), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                queries.add(line.strip());
            }
        }
        if (queries.isEmpty()) {
            System.out.println("search-load: no queries in " + a[2]);
            return 1;
        }
        String[] urls = queries.stream()
                .map(q -> base + "/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8).replace("+", "%20"))
                .toArray(String[]::new);

        // warm-up: every query once, sequentially; checks the answers and counts the queries that find nothing
        int zeroHits = 0;
        List<String> warmupProblems = new ArrayList<>();
        long w0 = System.nanoTime();
        for (int i = 0; i < urls.length; i++) {
            try {
                HttpResponse<String> r = get(urls[i], Duration.ofSeconds(10));
                Matcher m = TOTAL.matcher(r.body());
                if (r.statusCode() != 200) {
                    warmupProblems.add(queries.get(i) + " -> " + r.statusCode());
                } else if (!m.find()) {
                    warmupProblems.add(queries.get(i) + " -> no \"total\" in the answer");
                } else if (Long.parseLong(m.group(1)) == 0) {
                    zeroHits++;
                }
            } catch (IOException e) {
                warmupProblems.add(queries.get(i) + " -> " + e.getClass().getSimpleName());
            }
        }
        long warmupMs = (System.nanoTime() - w0) / 1_000_000;
        System.out.println("search-load: warm-up: " + urls.length + " queries in " + warmupMs + " ms, " + zeroHits
                + " found nothing, " + warmupProblems.size() + " failed");
        for (int i = 0; i < Math.min(5, warmupProblems.size()); i++) {
            System.out.println("search-load: warm-up problem: " + warmupProblems.get(i));
        }

        // measured phase
        AtomicLong next = new AtomicLong();
        double[][] latencies = new double[threads][];
        int[] counts = new int[threads];
        int[] non200 = new int[threads];
        int[] failures = new int[threads];
        long[] bytes = new long[threads];
        Map<Integer, Integer> statuses = new TreeMap<>();
        long cpu0 = cpuTicks(app);
        long t0 = System.nanoTime();
        long deadline = t0 + durationMs * 1_000_000L;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            final int id = t;
            Thread worker = new Thread(() -> {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(1)).followRedirects(HttpClient.Redirect.NEVER).build();
                double[] lat = new double[4096];
                int n = 0;
                Map<Integer, Integer> mine = new TreeMap<>();
                while (System.nanoTime() < deadline) {
                    long i = next.getAndIncrement();
                    if (i >= maxRequests) {
                        break;
                    }
                    HttpRequest req = HttpRequest.newBuilder(URI.create(urls[(int) (i % urls.length)]))
                            .timeout(Duration.ofSeconds(10)).GET().build();
                    long s = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        double ms = (System.nanoTime() - s) / 1e6;
                        if (n == lat.length) {
                            lat = java.util.Arrays.copyOf(lat, n * 2);
                        }
                        lat[n++] = ms;
                        bytes[id] += r.body().length;
                        mine.merge(r.statusCode(), 1, Integer::sum);
                        if (r.statusCode() != 200) {
                            non200[id]++;
                        }
                    } catch (IOException e) {
                        failures[id]++;
                    } catch (InterruptedException e) {
                        break;
                    }
                }
                latencies[id] = java.util.Arrays.copyOf(lat, n);
                counts[id] = n;
                synchronized (statuses) {
                    mine.forEach((k, v) -> statuses.merge(k, v, Integer::sum));
                }
            }, "search-load-" + t);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join(Math.max(1, durationMs + 15_000 - (System.nanoTime() - t0) / 1_000_000));
        }
        long elapsedNs = System.nanoTime() - t0;
        long cpu1 = cpuTicks(app);
        boolean stuck = workers.stream().anyMatch(Thread::isAlive);

        int total = 0;
        int errors = 0;
        long allBytes = 0;
        for (int t = 0; t < threads; t++) {
            total += counts[t];
            errors += non200[t] + failures[t];
            allBytes += bytes[t];
        }
        double[] all = new double[total];
        int k = 0;
        for (int t = 0; t < threads; t++) {
            if (latencies[t] != null) {
                System.arraycopy(latencies[t], 0, all, k, latencies[t].length);
                k += latencies[t].length;
            }
        }
        java.util.Arrays.sort(all, 0, k);
        double seconds = elapsedNs / 1e9;
        double rps = k / seconds;
        double p50 = pct(all, k, 0.50);
        double p95 = pct(all, k, 0.95);
        double p99 = pct(all, k, 0.99);
        double max = k == 0 ? 0 : all[k - 1];
        String cpu = "n/a";
        String cpuPerReq = "n/a";
        if (cpu0 >= 0 && cpu1 >= cpu0) {
            double cpuS = (cpu1 - cpu0) / (double) clkTck;
            cpu = String.format(Locale.ROOT, "%.1f", 100 * cpuS / seconds);
            cpuPerReq = k == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", cpuS * 1000 / k);
        }
        int failed = 0;
        for (int f : failures) {
            failed += f;
        }
        System.out.println("search-load: " + threads + " threads, " + fmt(seconds * 1000) + " ms: " + k
                + " responses (" + String.format(Locale.ROOT, "%.0f", rps) + "/s), statuses " + statuses + ", I/O failures "
                + failed + ", latency p50 " + fmt(p50) + " ms, p95 " + fmt(p95) + " ms, p99 " + fmt(p99) + " ms, max "
                + fmt(max) + " ms, avg body " + (k == 0 ? 0 : allBytes / k) + " bytes, app CPU " + cpu + " % of one CPU ("
                + cpuPerReq + " ms CPU per request)" + (stuck ? "; WARNING: a client thread did not finish" : ""));
        System.out.println("RESULT requests=" + k + " rps=" + String.format(Locale.ROOT, "%.1f", rps) + " errors=" + errors
                + " p50_ms=" + fmt(p50) + " p95_ms=" + fmt(p95) + " p99_ms=" + fmt(p99) + " max_ms=" + fmt(max)
                + " zero_hits=" + zeroHits + " queries=" + urls.length + " warmup_failed=" + warmupProblems.size()
                + " app_cpu_pct=" + cpu + " cpu_ms_per_req=" + cpuPerReq + " threads=" + threads
                + " seconds=" + String.format(Locale.ROOT, "%.1f", seconds));
        return errors == 0 && warmupProblems.isEmpty() && !stuck ? 0 : 4;
    }

    static double pct(double[] sorted, int n, double p) {
        return n == 0 ? 0 : sorted[Math.min(n - 1, Math.max(0, (int) Math.ceil(n * p) - 1))];
    }

    /** utime + stime of a process in clock ticks, from /proc/PID/stat; -1 when unknown. */
    static long cpuTicks(ProcessHandle app) {
        if (app == null) {
            return -1;
        }
        try {
            String stat = Files.readString(Paths.get("/proc/" + app.pid() + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]); // fields 14 and 15 of stat
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
