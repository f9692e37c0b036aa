package dev.signpost.twin;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** An open event stream; {@link #events} receives its {@code data:} lines other than the keep-alive ping. */
public final class EventStream implements AutoCloseable {

    public final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private final InputStream body;

    EventStream(InputStream body) {
        this.body = body;
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("data:") && !line.substring(5).strip().equals("ping")) {
                        events.add(line);
                    }
                }
            } catch (Exception e) {
                // closed at the end of the check
            }
        }, "twin-sse-reader");
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public void close() throws Exception {
        body.close();
    }
}
