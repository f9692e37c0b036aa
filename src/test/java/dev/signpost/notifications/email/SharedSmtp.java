package dev.signpost.notifications.email;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * One GreenMail SMTP server on 127.0.0.1:3025 (where the test profile points the mailer) for every email test that
 * needs a server that stays up, started at first use and stopped when the test JVM ends. It is never stopped between
 * classes: the mailer keeps connections for reuse, and a send that met the socket of a server a class had stopped waited
 * out the mailer's timeout. Tests that stop a server, or need one that refuses, run on a port and an application of
 * their own ({@link OwnSmtpPort}).
 */
final class SharedSmtp {

    private static GreenMail server;

    private SharedSmtp() {
    }

    static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            GreenMail started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "shared-smtp-stop"));
        }
        return server;
    }
}
