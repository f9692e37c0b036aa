package dev.signpost.lb;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The loops of one phase running at once until {@link #stop()}; what they did is {@link #outcomes()}. */
final class Load implements AutoCloseable {

    private static final long PAUSE_MS = 20;

    private final Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final ExecutorService threads;
    private final List<Future<?>> running = new ArrayList<>();
    private volatile boolean stopping;

    Load(int phase, List<LoadLoop> loops) {
        threads = Executors.newFixedThreadPool(loops.size());
        for (LoadLoop loop : loops) {
            running.add(threads.submit(() -> {
                loop.run(phase, () -> stopping, PAUSE_MS, outcomes);
                return null;
            }));
        }
    }

    /** Waits while the load runs, failing early if a loop broke. */
    void runFor(long ms) throws Exception {
        long until = System.currentTimeMillis() + ms;
        while (System.currentTimeMillis() < until) {
            for (Future<?> loop : running) {
                if (loop.isDone()) {
                    loop.get();
                }
            }
            Thread.sleep(Math.min(200, Math.max(1, until - System.currentTimeMillis())));
        }
    }

    /** Stops the loops (each ends its current request: at most the request timeout) and returns every outcome. */
    List<Outcome> stop() throws Exception {
        stopping = true;
        threads.shutdown();
        assertTrue(threads.awaitTermination(30, TimeUnit.SECONDS), "the load loops did not stop within 30 s");
        for (Future<?> loop : running) {
            loop.get();
        }
        return List.copyOf(outcomes);
    }

    @Override
    public void close() {
        stopping = true;
        threads.shutdownNow();
    }
}
