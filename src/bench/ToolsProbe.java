import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measurement client for run-tools-benchmark.sh: latency of the tool catalog pages, and a summary of a JFR recording.
 *
 * <pre>
 *   java src/bench/ToolsProbe.java measure BASE_URL TOOL_SLUG [WARMUP=100] [REQUESTS=200] [APP_PID] [CLK_TCK=100]
 *                                          [MAX_SECONDS=300]
 *   java src/bench/ToolsProbe.java jfr-top RECORDING.jfr [FROM_EPOCH_MS] [TO_EPOCH_MS] [TOP=25]
 * </pre>
 *
 * measure: one GET of {@code /tools} first (on a fresh app this one builds the catalog), then a second; checks the
 * radar (blips, their radius); then WARMUP rounds of one GET of each measured URL; then REQUESTS sequential GETs of
 * each URL in turn ({@code /tools}, {@code /tools?view=list}, {@code /tools?view=list&ring=hold&q=a},
 * {@code /tools/TOOL_SLUG}). One HTTP/1.1 connection, kept alive; each request is timed from send until the whole body
 * has been read, so on loopback the figure is the server's time plus a few tenths of a millisecond. The app's CPU time
 * (utime + stime from /proc, all its threads: also GC and JIT) per request is shown next to it. Stops by itself:
 * every request times out after 10 s, and no new request starts after MAX_SECONDS (the result says so).
 * <p>
 * jfr-top: the jdk.ExecutionSample events of a recording (optionally only those between two instants), summarised as
 * the methods most often on top of the stack (self), most often anywhere in it (total), the same for the app's own
 * classes, and the innermost frame outside the JDK and the template engine; plus the time in garbage collections and
 * JIT compilations in the same window.
 * <p>
 * Each mode prints readable lines and a line starting with "RESULT " (space-separated key=value pairs). Exit status:
 * 0 ok, 4 unexpected answers, 2 stopped by MAX_SECONDS, 1 usage or I/O error.
 */
public class ToolsProbe {

    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    static final Pattern BLIP = Pattern.compile("<a href=\"[^\"]*\" class=\"blip ");
    static final Pattern BLIP_R = Pattern.compile("<circle cx=\"[-0-9.]+\" cy=\"[-0-9.]+\" r=\"([0-9.]+)\"/>");
    static final Pattern COUNT = Pattern.compile("<span class=\"count-shown\">(\\d+)</span> of (\\d+) tools");

    public static void main(String[] args) throws Exception {
        int rc = args.length == 0 ? usage() : switch (args[0]) {
            case "measure" -> measure(args);
            case "jfr-top" -> jfrTop(args);
            default -> usage();
        };
        System.exit(rc);
    }

    static int usage() {
        System.err.println("usage: ToolsProbe measure BASE_URL TOOL_SLUG [WARMUP] [REQUESTS] [APP_PID] [CLK_TCK] [MAX_SECONDS]\n"
                + "       ToolsProbe jfr-top RECORDING.jfr [FROM_EPOCH_MS] [TO_EPOCH_MS] [TOP]");
        return 1;
    }

    /** One GET: status, body length and milliseconds from send to the last byte of the body. */
    record Timed(int status, int bytes, double ms, String body) {
    }

    /** An I/O failure (refused, reset, 10 s timeout) is status -1 with the time it took. */
    static Timed get(String url, boolean keepBody) throws InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build();
        long t0 = System.nanoTime();
        HttpResponse<byte[]> r;
        try {
            r = CLIENT.send(req, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            return new Timed(-1, 0, (System.nanoTime() - t0) / 1e6, "");
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        return new Timed(r.statusCode(), r.body().length, ms,
                keepBody ? new String(r.body(), StandardCharsets.UTF_8) : null);
    }

    static int measure(String[] a) throws InterruptedException {
        if (a.length < 3) {
            return usage();
        }
        String base = a[1];
        String slug = a[2];
        int warmup = a.length > 3 ? Integer.parseInt(a[3]) : 100;
        int requests = a.length > 4 ? Integer.parseInt(a[4]) : 200;
        ProcessHandle app = a.length > 5 && !a[5].isEmpty() ? ProcessHandle.of(Long.parseLong(a[5])).orElse(null) : null;
        long clkTck = a.length > 6 ? Long.parseLong(a[6]) : 100;
        long maxSeconds = a.length > 7 ? Long.parseLong(a[7]) : 300;
        if (requests < 1 || warmup < 0 || maxSeconds < 1) {
            System.out.println("measure: REQUESTS must be >= 1, WARMUP >= 0, MAX_SECONDS >= 1");
            return 1;
        }
        String[] names = {"radar", "list", "list_hold_a", "tool"};
        String[] urls = {base + "/tools", base + "/tools?view=list", base + "/tools?view=list&ring=hold&q=a",
            base + "/tools/" + slug};
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        StringBuilder result = new StringBuilder("RESULT");
        List<String> problems = new ArrayList<>();

        // the first /tools after the start builds the catalog (it is built on first use after a content change)
        Timed first = get(urls[0], true);
        Timed second = get(urls[0], true);
        if (first.status() != 200 || second.status() != 200) {
            problems.add("/tools answered " + first.status() + " then " + second.status());
        }
        int blips = count(BLIP, second.body());
        Matcher r = BLIP_R.matcher(second.body().substring(Math.max(0, second.body().indexOf("radar-blips"))));
        String blipR = r.find() ? r.group(1) : "?";
        Matcher c = COUNT.matcher(second.body());
        String tools = c.find() ? c.group(2) : "?";
        System.out.println("measure: first /tools after start " + fmt(first.ms()) + " ms (builds the catalog; cold code), second "
                + fmt(second.ms()) + " ms; " + tools + " tools, " + blips + " blips on the radar, blip radius " + blipR
                + ", page " + second.bytes() / 1024 + " KB");
        result.append(" first_ms=").append(fmt(first.ms())).append(" second_ms=").append(fmt(second.ms()))
                .append(" tools=").append(tools).append(" blips=").append(blips).append(" blip_r=").append(blipR);

        // warm-up: every URL in turn, WARMUP rounds
        long w0 = System.nanoTime();
        int[] warmupNon200 = new int[urls.length];
        for (int round = 0; round < warmup && System.nanoTime() < deadline; round++) {
            for (int i = 0; i < urls.length; i++) {
                Timed t = get(urls[i], false);
                if (t.status() != 200) {
                    warmupNon200[i]++;
                }
            }
        }
        for (int i = 0; i < urls.length; i++) {
            if (warmupNon200[i] > 0) {
                problems.add(urls[i] + ": " + warmupNon200[i] + " non-200 answers or I/O failures in the warm-up");
            }
        }
        System.out.println("measure: warm-up " + warmup + " x " + urls.length + " requests in "
                + (System.nanoTime() - w0) / 1_000_000 + " ms");

        // measured: REQUESTS of each URL, one URL after the other
        boolean stopped = false;
        for (int i = 0; i < urls.length; i++) {
            double[] lat = new double[requests];
            int n = 0;
            int non200 = 0;
            long bytes = 0;
            long cpu0 = cpuTicks(app);
            long from = System.currentTimeMillis();
            for (; n < requests; n++) {
                if (System.nanoTime() > deadline) {
                    stopped = true;
                    break;
                }
                Timed t = get(urls[i], false);
                lat[n] = t.ms();
                bytes += t.bytes();
                non200 += t.status() == 200 ? 0 : 1;
            }
            long cpu1 = cpuTicks(app);
            Arrays.sort(lat, 0, n);
            String cpu = cpu0 >= 0 && cpu1 >= cpu0 && n > 0 ? fmt((cpu1 - cpu0) * 1000.0 / clkTck / n) : "n/a";
            System.out.printf(Locale.ROOT, "measure: %-40s %3d requests: min %s, median %s, p95 %s, max %s ms; %d KB; app CPU %s ms/request%s%n",
                    urls[i].substring(base.length()), n, fmt(pct(lat, n, 0)), fmt(median(lat, n)), fmt(pct(lat, n, 0.95)),
                    fmt(n == 0 ? 0 : lat[n - 1]), n == 0 ? 0 : bytes / n / 1024, cpu, non200 > 0 ? "; NON-200: " + non200 : "");
            if (non200 > 0) {
                problems.add(urls[i] + ": " + non200 + " non-200 answers or I/O failures");
            }
            result.append(' ').append(names[i]).append("_n=").append(n)
                    .append(' ').append(names[i]).append("_min=").append(fmt(pct(lat, n, 0)))
                    .append(' ').append(names[i]).append("_p50=").append(fmt(median(lat, n)))
                    .append(' ').append(names[i]).append("_p95=").append(fmt(pct(lat, n, 0.95)))
                    .append(' ').append(names[i]).append("_max=").append(fmt(n == 0 ? 0 : lat[n - 1]))
                    .append(' ').append(names[i]).append("_kb=").append(n == 0 ? 0 : bytes / n / 1024)
                    .append(' ').append(names[i]).append("_cpu=").append(cpu)
                    .append(' ').append(names[i]).append("_from=").append(from)
                    .append(' ').append(names[i]).append("_to=").append(System.currentTimeMillis());
        }
        result.append(" problems=").append(problems.size()).append(" stopped=").append(stopped);
        problems.forEach(p -> System.out.println("measure: unexpected: " + p));
        if (stopped) {
            System.out.println("measure: stopped after MAX_SECONDS=" + maxSeconds + "; the figures cover fewer requests");
        }
        System.out.println(result);
        return stopped ? 2 : problems.isEmpty() ? 0 : 4;
    }

    /** The median; for an even count the mean of the two middle values. */
    static double median(double[] sorted, int n) {
        return n == 0 ? 0 : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Nearest-rank percentile; p = 0 is the minimum. */
    static double pct(double[] sorted, int n, double p) {
        return n == 0 ? 0 : sorted[Math.min(n - 1, Math.max(0, (int) Math.ceil(n * p) - 1))];
    }

    static int count(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** utime + stime of a process in clock ticks, from /proc/PID/stat; -1 when unknown. */
    static long cpuTicks(ProcessHandle app) {
        if (app == null) {
            return -1;
        }
        try {
            String stat = Files.readString(Paths.get("/proc/" + app.pid() + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    // ------------------------------------------------------------------------------------------
    // jfr-top: where the sampled time went
    static int jfrTop(String[] a) throws IOException {
        if (a.length < 2) {
            return usage();
        }
        Instant from = a.length > 2 && !a[2].isEmpty() ? Instant.ofEpochMilli(Long.parseLong(a[2])) : Instant.MIN;
        Instant to = a.length > 3 && !a[3].isEmpty() ? Instant.ofEpochMilli(Long.parseLong(a[3])) : Instant.MAX;
        int top = a.length > 4 ? Integer.parseInt(a[4]) : 25;
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        Map<String, Integer> app = new HashMap<>();
        Map<String, Integer> innermost = new HashMap<>();
        int truncated = 0;
        int gcs = 0;
        long gcNanos = 0;
        long compileNanos = 0;
        int samples = 0;
        try (var file = new jdk.jfr.consumer.RecordingFile(Paths.get(a[1]))) {
            while (file.hasMoreEvents()) {
                var event = file.readEvent();
                String type = event.getEventType().getName();
                if (event.getStartTime().isBefore(from) || event.getStartTime().isAfter(to)) {
                    continue;
                }
                if (type.equals("jdk.GarbageCollection")) {
                    gcs++;
                    gcNanos += event.getDuration().toNanos();
                } else if (type.equals("jdk.Compilation")) {
                    compileNanos += event.getDuration().toNanos();
                }
                if (!type.equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                    continue;
                }
                var frames = event.getStackTrace().getFrames();
                if (frames.isEmpty()) {
                    continue;
                }
                samples++;
                var thread = event.getThread("sampledThread");
                threads.merge(thread == null ? "?" : thread.getJavaName().replaceAll("-\\d+$", "-N"), 1, Integer::sum);
                self.merge(method(frames.get(0)), 1, Integer::sum);
                truncated += event.getStackTrace().isTruncated() ? 1 : 0;
                Set<String> seen = new HashSet<>();
                String inner = null;
                for (var frame : frames) {
                    String m = method(frame);
                    if (seen.add(m)) {
                        total.merge(m, 1, Integer::sum);
                        if (m.startsWith(APP_PACKAGE)) {
                            app.merge(m, 1, Integer::sum);
                        }
                    }
                    if (inner == null && !FRAMEWORK.matcher(m).lookingAt()) {
                        inner = m;
                    }
                }
                innermost.merge(inner == null ? "(framework and JDK only)" : inner, 1, Integer::sum);
            }
        }
        System.out.println("jfr-top: " + samples + " execution samples" + (from == Instant.MIN ? "" : " between "
                + from + " and " + to));
        System.out.printf(Locale.ROOT, "jfr-top: %d garbage collections, %.0f ms in total; JIT compilations %.0f ms in total"
                + " (neither is in the execution samples)%n", gcs, gcNanos / 1e6, compileNanos / 1e6);
        print("threads", threads, samples, 5);
        print("self (top of stack)", self, samples, top);
        print("total (anywhere in the stack)", total, samples, top);
        print("total, " + APP_PACKAGE + "* only (includes generated template resolvers)", app, samples, top);
        print("innermost frame outside the JDK, Qute, Mutiny, Vert.x and Netty", innermost, samples, top);
        if (truncated > 0) {
            System.out.println("jfr-top: " + truncated + " stacks were truncated (raise -XX:FlightRecorderOptions:stackdepth)");
        }
        System.out.println("RESULT samples=" + samples);
        return 0;
    }

    static final String APP_PACKAGE = "dev.signpost.";
    static final Pattern FRAMEWORK = Pattern.compile("(java|javax|jdk|sun|io\\.quarkus\\.qute|io\\.smallrye\\.mutiny|io\\.vertx|io\\.netty)\\.");

    static String method(jdk.jfr.consumer.RecordedFrame frame) {
        var m = frame.getMethod();
        return m.getType().getName() + "." + m.getName();
    }

    static void print(String title, Map<String, Integer> counts, int samples, int top) {
        System.out.println("jfr-top: " + title + ":");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %5.1f %%  %6d  %s%n", 100.0 * e.getValue() / Math.max(1, samples),
                        e.getValue(), e.getKey()));
    }

    static String fmt(double ms) {
        return String.format(Locale.ROOT, "%.1f", ms);
    }
}
