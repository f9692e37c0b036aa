import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Lean Coffee live-update latency: SUBSCRIBERS event streams on one session held by SUB_BASE, VOTERS clients voting on
 * VOTE_BASE, one vote at a time; for each vote, the time from its HTTP response to the arrival of its event at each
 * subscriber. JDK only; run by run-lean-coffee-benchmark.sh.
 *
 * <pre>java LeanCoffeeBench.java VOTE_BASE SUB_BASE SUBSCRIBERS VOTERS VOTES WARMUP TIMEOUT_MS LABEL</pre>
 *
 * The demo accounts are four (sam, alice, maya, ada), so the VOTERS clients are signed in as those four in turn, and
 * a session allows 20 dots per participant: VOTES + WARMUP is at most 80. Prints a human report and a
 * {@code RESULT key=value ...} line. Exit 0 when it ran (whatever the figures), 1 on a failed request or set-up.
 */
public class LeanCoffeeBench {

    static final String[] ACCOUNTS = {"sam", "alice", "maya", "ada"};
    static final int DOTS = 20;
    /** The value of a form's input by name, as the portal writes it ({@code name="..." ... value="..."}). */
    static String field(String html, String name) {
        Matcher m = Pattern.compile("<input[^>]*name=\"" + name + "\"[^>]*value=\"([^\"]*)\"").matcher(html);
        if (!m.find()) {
            System.err.println("no input named " + name + " in the new-session form");
            System.exit(1);
        }
        return m.group(1);
    }

    static final Pattern CSRF = Pattern.compile("name=\"csrf-token\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"csrf-token\"");

    public static void main(String[] args) throws Exception {
        if (args.length != 8) {
            System.err.println("usage: LeanCoffeeBench VOTE_BASE SUB_BASE SUBSCRIBERS VOTERS VOTES WARMUP TIMEOUT_MS LABEL");
            System.exit(2);
        }
        String voteBase = args[0].replaceAll("/$", "");
        String subBase = args[1].replaceAll("/$", "");
        int subscribers = Integer.parseInt(args[2]);
        int voters = Integer.parseInt(args[3]);
        int votes = Integer.parseInt(args[4]);
        int warmup = Integer.parseInt(args[5]);
        long timeoutMs = Long.parseLong(args[6]);
        String label = args[7];
        if (votes + warmup > ACCOUNTS.length * DOTS || votes < 1 || voters < 1 || subscribers < 1) {
            System.err.println("VOTES + WARMUP must be 1.." + ACCOUNTS.length * DOTS + " (four demo accounts x " + DOTS + " dots)");
            System.exit(2);
        }

        // the session: sam creates it on the voting instance, one topic, voting
        Browser sam = Browser.signIn(voteBase, "sam");
        // the date and time the instance proposes: its own today, whatever the calendar says
        String form = sam.get(voteBase + "/lean-coffee/new?sig=code-deployment").body();
        String date = field(form, "date");
        String time = field(form, "time");
        HttpResponse<String> created = sam.post(voteBase + "/lean-coffee", Map.of("sig", "code-deployment", "title",
                "Bench " + UUID.randomUUID(), "date", date, "time", time, "votes", String.valueOf(DOTS), "timebox", "5",
                "facilitator", ""));
        expect(303, created, "create a session");
        String session = created.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
        sam.get(voteBase + session);
        HttpResponse<String> added = sam.post(voteBase + session + "/topics", Map.of("title", "Latency", "pitch", "How fast is live?"));
        expect(303, added, "add a topic");
        long topic = Long.parseLong(added.headers().firstValue("Location").orElseThrow().replaceAll(".*#topic-", ""));
        sam.get(voteBase + session);
        expect(303, sam.post(voteBase + session + "/phase", Map.of("to", "voting")), "move to voting");

        // the voters: VOTERS clients, signed in as the four demo accounts in turn, each having opened the board once
        List<Browser> clients = new ArrayList<>();
        for (int i = 0; i < voters; i++) {
            Browser voter = Browser.signIn(voteBase, ACCOUNTS[i % ACCOUNTS.length]);
            expect(200, voter.get(voteBase + session), "open the board");
            clients.add(voter);
        }
        // the vote k is cast by client k % VOTERS; the dots of each account are counted so no vote is refused
        int[] used = new int[ACCOUNTS.length];

        // the subscribers: one signed-in watcher's cookie, SUBSCRIBERS streams on the subscribing instance
        Browser watcher = Browser.signIn(subBase, "alice");
        HttpClient streams = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(watcher.cookies)
                .connectTimeout(Duration.ofSeconds(10)).build();
        List<BlockingQueue<Long>> arrivals = new ArrayList<>();
        List<InputStream> bodies = new ArrayList<>();
        long opening = System.nanoTime();
        for (int i = 0; i < subscribers; i++) {
            HttpResponse<InputStream> stream = streams.send(HttpRequest.newBuilder(URI.create(subBase + session + "/events"))
                    .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            if (stream.statusCode() != 200) {
                throw new IllegalStateException("subscriber " + i + ": status " + stream.statusCode());
            }
            BlockingQueue<Long> queue = new LinkedBlockingQueue<>();
            arrivals.add(queue);
            bodies.add(stream.body());
            Thread reader = new Thread(null, () -> read(stream.body(), queue), "sub-" + i, 256 * 1024);
            reader.setDaemon(true);
            reader.start();
        }
        System.out.printf("[%s] %d streams open in %d ms; %d voters (%s), %d warm-up + %d measured votes, one at a time%n", label,
                subscribers, ms(System.nanoTime() - opening), voters, String.join("/", Arrays.copyOf(ACCOUNTS, Math.min(voters, 4))),
                warmup, votes);
        Thread.sleep(1000);
        arrivals.forEach(BlockingQueue::clear);

        long[] samples = new long[votes * subscribers];   // response -> arrival, microseconds
        long[] fanOut = new long[votes];                  // response -> arrival at the last subscriber
        long[] voteRtt = new long[votes];                 // the vote's own request -> response
        int n = 0;
        int missed = 0;
        int early = 0;
        int k = 0;
        for (int v = 0; v < warmup + votes; v++) {
            int client = k++ % voters;
            while (used[client % ACCOUNTS.length] >= DOTS) {
                client = k++ % voters;
            }
            used[client % ACCOUNTS.length]++;
            Browser voter = clients.get(client);
            long sent = System.nanoTime();
            HttpResponse<String> vote = voter.post(voteBase + session + "/topics/" + topic + "/vote", Map.of());
            long answered = System.nanoTime();
            expect(303, vote, "vote " + v + " by " + ACCOUNTS[client % ACCOUNTS.length]);
            long deadline = answered + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
            long last = 0;
            for (BlockingQueue<Long> queue : arrivals) {
                Long at = queue.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                boolean measured = v >= warmup;
                if (at == null) {
                    if (measured) {
                        missed++;
                    }
                    continue;
                }
                long us = (at - answered) / 1000;
                if (us < 0) {
                    if (measured) {
                        early++;
                    }
                    us = 0;
                }
                last = Math.max(last, us);
                if (measured) {
                    samples[n++] = us;
                }
            }
            if (v >= warmup) {
                fanOut[v - warmup] = last;
                voteRtt[v - warmup] = (answered - sent) / 1000;
            }
            arrivals.forEach(BlockingQueue::clear); // nothing else should arrive; a stray duplicate would skew the next vote
        }
        for (InputStream body : bodies) {
            try {
                body.close();
            } catch (Exception e) {
                // closing only
            }
        }

        long[] got = Arrays.copyOf(samples, n);
        Arrays.sort(got);
        Arrays.sort(fanOut);
        Arrays.sort(voteRtt);
        System.out.printf("[%s] events received: %d of %d (missed within %d ms: %d; arrived before the vote's response: %d, counted as 0)%n",
                label, n, votes * subscribers, timeoutMs, missed, early);
        System.out.printf("[%s] vote response -> event at a subscriber (ms): p50 %s, p90 %s, p99 %s, max %s%n", label,
                pct(got, 50), pct(got, 90), pct(got, 99), got.length == 0 ? "n/a" : fmt(got[got.length - 1]));
        System.out.printf("[%s] vote response -> event at the last of %d subscribers (ms): p50 %s, p99 %s%n", label, subscribers,
                pct(fanOut, 50), pct(fanOut, 99));
        System.out.printf("[%s] the vote request itself (ms): p50 %s, p99 %s%n", label, pct(voteRtt, 50), pct(voteRtt, 99));
        System.out.printf("RESULT label=%s count=%d expected=%d missed=%d early=%d p50_ms=%s p90_ms=%s p99_ms=%s max_ms=%s "
                        + "fanout_p50_ms=%s fanout_p99_ms=%s vote_p50_ms=%s vote_p99_ms=%s%n", label, n, votes * subscribers, missed, early,
                pct(got, 50), pct(got, 90), pct(got, 99), got.length == 0 ? "n/a" : fmt(got[got.length - 1]), pct(fanOut, 50),
                pct(fanOut, 99), pct(voteRtt, 50), pct(voteRtt, 99));
        System.exit(0);
    }

    static void read(InputStream body, BlockingQueue<Long> queue) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("data:") && !line.substring(5).strip().equals("ping")) {
                    queue.add(System.nanoTime());
                }
            }
        } catch (Exception e) {
            // closed at the end
        }
    }

    /** Nearest-rank percentile of sorted microseconds, in ms with one decimal. */
    static String pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return "n/a";
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return fmt(sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))]);
    }

    static String fmt(long us) {
        return String.format("%.1f", us / 1000.0);
    }

    static long ms(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    static void expect(int status, HttpResponse<String> response, String what) {
        if (response.statusCode() != status) {
            String body = response.body();
            throw new IllegalStateException(what + ": status " + response.statusCode() + " (expected " + status + "): "
                    + body.substring(0, Math.min(300, body.length())));
        }
    }

    /** Keeps cookies, never follows redirects, posts forms with the last page's CSRF token. */
    static final class Browser {
        final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        String token;

        static Browser signIn(String base, String username) throws Exception {
            Browser browser = new Browser();
            browser.get(base + "/signin");
            expect(303, browser.post(base + "/signin", Map.of("username", username, "password", username, "redirect", "/")),
                    "sign in " + username);
            return browser;
        }

        HttpResponse<String> get(String url) throws Exception {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                Matcher m = CSRF.matcher(response.body());
                token = m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
            }
            return response;
        }

        HttpResponse<String> post(String url, Map<String, String> form) throws Exception {
            Map<String, String> fields = new LinkedHashMap<>(form);
            if (token != null) {
                fields.putIfAbsent("csrf-token", token);
            }
            String body = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
