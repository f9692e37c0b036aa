package dev.signpost.notifications.email;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

/**
 * Sends one throwaway email before a test's own, whatever becomes of it. The mailer keeps SMTP connections for reuse,
 * and the email test classes each stop their SMTP server; the first send after that can meet the old server's socket
 * and wait out the mailer's timeout. This send takes that hit, so the test's own email goes over a fresh connection.
 */
final class MailerWarmUp {

    private MailerWarmUp() {
    }

    /** Tries up to three sends, stopping at the first the server accepts: the pool may hold more than one stale socket. */
    static void flush(Mailer mailer) {
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                mailer.send(Mail.withText("warm-up@example.org", "warm-up", "warm-up"));
                return;
            } catch (RuntimeException e) {
                // no server listening yet, or a stale connection given up: the next try opens a fresh one
            }
        }
    }
}
