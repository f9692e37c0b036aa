package dev.signpost.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy on 127.0.0.1 in front of a database, for tests: {@link #cut()} closes every connection through it and
 * refuses new ones (the database as the portal sees it when PostgreSQL stops), {@link #restore()} accepts again.
 */
final class TcpProxy implements AutoCloseable {

    private final int port;
    private final String upstreamHost;
    private final int upstreamPort;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket server;

    TcpProxy(int port, String upstreamHost, int upstreamPort) {
        this.port = port;
        this.upstreamHost = upstreamHost;
        this.upstreamPort = upstreamPort;
    }

    synchronized TcpProxy restore() {
        if (server != null) {
            return this;
        }
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            server = socket;
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on 127.0.0.1:" + port, e);
        }
        ServerSocket accepting = server;
        Thread thread = new Thread(() -> accept(accepting), "tcp-proxy-accept");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    synchronized void cut() {
        if (server != null) {
            quietly(server);
            server = null;
        }
        open.forEach(TcpProxy::quietly);
        open.clear();
    }

    @Override
    public void close() {
        cut();
    }

    /**
     * Steers the one proxy on a port in this JVM from any class loader, through system properties (strings, as every
     * loader sees them): the proxy started first follows {@code signpost.test.tcp-proxy.PORT} ("open" or "cut").
     */
    record Remote(int port) {

        void set(boolean open) {
            System.setProperty(wanted(port), open ? "open" : "cut");
            long until = System.nanoTime() + 5_000_000_000L;
            while (!(open ? "open" : "cut").equals(System.getProperty(wanted(port) + ".is")) && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
        }
    }

    private static String wanted(int port) {
        return "signpost.test.tcp-proxy." + port;
    }

    /** Starts the proxy unless one on this port runs in this JVM already; either way returns its remote control. */
    static Remote once(int port, String upstreamHost, int upstreamPort) {
        synchronized (System.class) {
            if (System.getProperty(wanted(port)) == null) {
                System.setProperty(wanted(port), "open");
                TcpProxy proxy = new TcpProxy(port, upstreamHost, upstreamPort).restore();
                System.setProperty(wanted(port) + ".is", "open");
                Thread follower = new Thread(() -> proxy.follow(port), "tcp-proxy-follow");
                follower.setDaemon(true);
                follower.start();
            }
            return new Remote(port);
        }
    }

    private void follow(int port) {
        while (true) {
            String wanted = System.getProperty(wanted(port), "open");
            if (!wanted.equals(System.getProperty(wanted(port) + ".is"))) {
                if (wanted.equals("open")) {
                    restore();
                } else {
                    cut();
                }
                System.setProperty(wanted(port) + ".is", wanted);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void accept(ServerSocket accepting) {
        while (!accepting.isClosed()) {
            try {
                Socket client = accepting.accept();
                Socket upstream = new Socket(upstreamHost, upstreamPort);
                open.add(client);
                open.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                // closed by cut(), or the upstream refused: the client sees its connection closed
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side went away
            } finally {
                quietly(from);
                quietly(to);
            }
        }, "tcp-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void quietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
