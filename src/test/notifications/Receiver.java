import com.sun.net.httpserver.HttpServer;

import java.io.FileWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chat webhook for the notifications CI stage (ci-stage.sh): listens on 127.0.0.1:PORT, answers every POST 200
 * "ok" after about 20 ms, and writes one line per request to OUTFILE: arrival (ms since start), the path, the
 * Idempotency-Key, the message's marker (msg-NNNN, from the payload) and "new", or "dup" when the key was accepted
 * before. Duplicates are also logged on stdout. With FAIL_MS, it is down for that long after the first request: it
 * answers 503 with Retry-After: 1 and writes "refused" (a refused request does not count as accepted).
 * Run with the JDK alone: java Receiver.java PORT OUTFILE [FAIL_MS]
 */
public class Receiver {

    private static final Pattern MARKER = Pattern.compile("msg-\\d{4}");

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: java Receiver.java PORT OUTFILE [FAIL_MS]");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        long failMs = args.length == 3 ? Long.parseLong(args[2]) : 0;
        java.util.concurrent.atomic.AtomicLong firstAt = new java.util.concurrent.atomic.AtomicLong(-1);
        PrintWriter out = new PrintWriter(new FileWriter(args[1], StandardCharsets.UTF_8));
        Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 100);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String key = String.valueOf(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
                Matcher marker = MARKER.matcher(body);
                String message = marker.find() ? marker.group() : "none";
                long at = (System.nanoTime() - start) / 1_000_000;
                firstAt.compareAndSet(-1, at);
                if (at - firstAt.get() < failMs) {
                    synchronized (out) {
                        out.printf("%d\t%s\t%s\t%s\t%s%n", at, exchange.getRequestURI().getPath(), key, message, "refused");
                        out.flush();
                    }
                    exchange.getResponseHeaders().set("Retry-After", "1");
                    exchange.sendResponseHeaders(503, -1);
                    return;
                }
                boolean duplicate = seen.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet() > 1;
                synchronized (out) {
                    out.printf("%d\t%s\t%s\t%s\t%s%n", at, exchange.getRequestURI().getPath(), key, message, duplicate ? "dup" : "new");
                    out.flush();
                }
                if (duplicate) {
                    System.out.println("DUPLICATE delivery of " + message + " with Idempotency-Key " + key + " (recognised by its key)");
                }
                Thread.sleep(20);
                byte[] ok = "ok".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, ok.length);
                try (OutputStream response = exchange.getResponseBody()) {
                    response.write(ok);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                System.out.println("a client went away: " + e.getMessage());
            }
        });
        server.start();
        System.out.println("Receiver listening on 127.0.0.1:" + port + ", writing to " + args[1]);
    }
}
