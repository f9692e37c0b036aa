package dev.signpost.database;

import org.h2.tools.Server;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.SQLException;

/** An H2 TCP server in the test JVM on 127.0.0.1, for tests that take the database away under the portal and back. */
final class H2Servers {

    private H2Servers() {
    }

    static Server start(int port, String... options) {
        try {
            System.setProperty("h2.bindAddress", "127.0.0.1");
            String[] args = new String[options.length + 3];
            args[0] = "-tcpPort";
            args[1] = String.valueOf(port);
            args[2] = "-ifNotExists";
            System.arraycopy(options, 0, args, 3, options.length);
            return Server.createTcpServer(args).start();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
