package dev.signpost.content.source;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs a source's refresh when asked, one at a time, and at most once per gap: a request while one runs makes one
 * more run after it; requests while a run waits join it. So ten pushes in a second cause at most two fetches, and a
 * single push is fetched at once.
 */
final class RefreshGate {

    private final ScheduledExecutorService timer;
    private final Executor pool;
    private final long gapNanos;
    private final Runnable task;
    private boolean waiting;
    private boolean running;
    private boolean again;
    private long lastStart = Long.MIN_VALUE;
    private java.util.concurrent.ScheduledFuture<?> poll;
    private boolean stopped;

    RefreshGate(ScheduledExecutorService timer, Executor pool, Duration gap, Runnable task) {
        this.timer = timer;
        this.pool = pool;
        this.gapNanos = gap.toNanos();
        this.task = task;
    }

    /** Asks for a run {@code delay} from now (the next poll), instead of the poll asked for before. */
    synchronized void pollIn(Duration delay) {
        if (stopped) {
            return;
        }
        if (poll != null) {
            poll.cancel(false);
        }
        poll = timer.schedule(this::request, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** No more runs or polls. */
    synchronized void stop() {
        stopped = true;
        if (poll != null) {
            poll.cancel(false);
        }
    }

    /** Asks for a run: at once, or when the gap since the last start has passed, or after the one running. */
    synchronized void request() {
        if (waiting || stopped) {
            return;
        }
        if (running) {
            again = true;
            return;
        }
        schedule();
    }

    private void schedule() {
        waiting = true;
        long wait = lastStart == Long.MIN_VALUE ? 0 : Math.max(0, lastStart + gapNanos - System.nanoTime());
        if (wait == 0) {
            pool.execute(this::run);
        } else {
            timer.schedule(() -> pool.execute(this::run), wait, TimeUnit.NANOSECONDS);
        }
    }

    private void run() {
        synchronized (this) {
            waiting = false;
            running = true;
            lastStart = System.nanoTime();
        }
        try {
            task.run();
        } finally {
            synchronized (this) {
                running = false;
                if (again) {
                    again = false;
                    schedule();
                }
            }
        }
    }
}
