package dev.signpost.notifications.chat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A webhook receiver for tests on 127.0.0.1:{@value #PORT} (the port the test configuration's hooks point at): records
 * every request (path, headers, body) and answers by a script per path, 200 "ok" when the script is used up. A test
 * class starts one before its tests and stops it after them ({@link #stop} frees the port at once).
 */
final class ChatReceiver {

    static final int PORT = 18089;

    /** One request as received. */
    record Request(String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().get(0))
                    .findFirst().orElse(null);
        }
    }

    /** An answer: a status, headers and a body, after a pause (a pause past the client's timeout is a hang). */
    record Answer(int status, Map<String, String> headers, String body, long pauseMillis) {
        static Answer of(int status, String body) {
            return new Answer(status, Map.of(), body, 0);
        }

        static Answer retryAfter(String value) {
            return new Answer(429, Map.of("Retry-After", value), "rate_limited", 0);
        }

        static Answer hang(long millis) {
            return new Answer(200, Map.of(), "ok", millis);
        }
    }

    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Answer>> scripts = new ConcurrentHashMap<>();
    private final HttpServer server;
    private final ExecutorService executor;

    private ChatReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), PORT), 50);
        executor = Executors.newFixedThreadPool(4, r -> {
            Thread thread = new Thread(r, "chat-receiver");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    static ChatReceiver start() {
        try {
            return new ChatReceiver();
        } catch (IOException e) {
            throw new UncheckedIOException("the test webhook receiver needs 127.0.0.1:" + PORT + " free", e);
        }
    }

    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    void reset() {
        requests.clear();
        scripts.clear();
    }

    /** Answers the next requests to {@code path} with these answers, in order. */
    void script(String path, Answer... answers) {
        scripts.computeIfAbsent(path, p -> new ArrayDeque<>()).addAll(List.of(answers));
    }

    List<Request> all() {
        return List.copyOf(requests);
    }

    List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Request(path, Map.copyOf(exchange.getRequestHeaders()), body));
            Deque<Answer> script = scripts.get(path);
            Answer answer;
            synchronized (this) {
                answer = script == null || script.isEmpty() ? Answer.of(200, "ok") : script.poll();
            }
            if (answer.pauseMillis() > 0) {
                Thread.sleep(answer.pauseMillis());
            }
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client gave up (a timeout the test asked for)
        }
    }
}
