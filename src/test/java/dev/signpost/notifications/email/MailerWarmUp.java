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

    static void flush(Mailer mailer) {
        try {
            mailer.send(Mail.withText("warm-up@example.org", "warm-up", "warm-up"));
        } catch (RuntimeException e) {
            // no server listening yet, or a stale connection given up: either way the pool holds nothing stale now
        }
    }
}
