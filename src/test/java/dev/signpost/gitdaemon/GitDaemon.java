package dev.signpost.gitdaemon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A real git server for tests: {@code git daemon} serving the bare repositories under a folder on 127.0.0.1, pushes
 * allowed. It keeps its port and pid in files in that folder, so that the test profile (which starts it before the app)
 * and the test (which stops and restarts it) find the same server whatever class loader they run in.
 */
public final class GitDaemon {

    private GitDaemon() {
    }

    /** Starts the daemon on the port remembered in {@code base}, or on a free one the first time; waits until it listens. */
    public static int start(Path base) {
        try {
            Path portFile = base.resolve("daemon.port");
            int port = Files.exists(portFile) ? Integer.parseInt(Files.readString(portFile).strip()) : freePort();
            Files.writeString(portFile, String.valueOf(port));
            Process process = new ProcessBuilder(List.of("git", "daemon", "--base-path=" + base, "--export-all", "--enable=receive-pack",
                    "--reuseaddr", "--listen=127.0.0.1", "--port=" + port, "--informative-errors", base.toString()))
                    .redirectErrorStream(true).redirectOutput(base.resolve("daemon.log").toFile()).start();
            Files.writeString(base.resolve("daemon.pid"), String.valueOf(process.pid()));
            // the last daemon a test run started would otherwise outlive the test JVM (git daemon forks git-daemon)
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < deadline) {
                try (Socket socket = new Socket("127.0.0.1", port)) {
                    return port;
                } catch (IOException e) {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("git daemon exited: " + Files.readString(base.resolve("daemon.log")));
                    }
                    Thread.sleep(50);
                }
            }
            throw new IllegalStateException("git daemon does not listen on 127.0.0.1:" + port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the daemon (and the processes it started) and waits until it is gone. */
    public static void stop(Path base) {
        try {
            Path pidFile = base.resolve("daemon.pid");
            if (!Files.exists(pidFile)) {
                return;
            }
            Optional<ProcessHandle> daemon = ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()));
            daemon.ifPresent(p -> {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.onExit().join();
            });
            Files.delete(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int port(Path base) {
        try {
            return Integer.parseInt(Files.readString(base.resolve("daemon.port")).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
