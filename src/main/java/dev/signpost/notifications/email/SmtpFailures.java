package dev.signpost.notifications.email;

import dev.signpost.notifications.Delivery;
import io.vertx.ext.mail.SMTPException;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

/**
 * What a failed send means for the outbox. quarkus-mailer (the Vert.x mail client) fails with an {@link SMTPException}
 * carrying the server's reply code when the server answers, and with the network's own exception when it cannot be
 * reached or does not answer in time ({@code quarkus.mailer.timeout}). A 5xx refusal of the recipient or of this
 * message is permanent: sending it again would be refused again. A 4xx reply, an unreachable server, a timeout, and a
 * 5xx about Signpost itself (its login, its sender address: a setting an operator can fix) are worth another try, and
 * so is anything unrecognised. Pure.
 */
public final class SmtpFailures {

    /** How the Vert.x mail client begins the message of a refusal of the recipient or of the message itself. */
    private static final String[] ABOUT_THIS_MESSAGE = {"recipient address not accepted", "DATA command not accepted",
            "sending data failed", "no recipient addresses were accepted", "message exceeds allowed size limit"};

    private SmtpFailures() {
    }

    public static Delivery delivery(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SMTPException smtp) {
                return ofReply(smtp);
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException) {
                return Delivery.retryLater("mail server unreachable: " + message(t));
            }
            if (t instanceof TimeoutException || t instanceof io.smallrye.mutiny.TimeoutException || t instanceof SocketTimeoutException
                    || t.getClass().getName().endsWith("ConnectTimeoutException")) {
                return Delivery.retryLater("mail server did not answer in time: " + message(t));
            }
            if (t instanceof IllegalArgumentException && String.valueOf(t.getMessage()).startsWith("Unable to send an email")) {
                return Delivery.permanentFailure("the mailer refused the address: " + message(t));
            }
            if (aboutThisMessage(t.getMessage())) {
                return Delivery.permanentFailure("the mail server refused the message: " + message(t));
            }
        }
        return Delivery.retryLater("sending failed: " + message(failure));
    }

    private static Delivery ofReply(SMTPException smtp) {
        String reply = "SMTP " + smtp.getReplyCode() + " " + oneLine(smtp.getReplyMessage());
        if (smtp.isPermanent() && aboutThisMessage(smtp.getMessage())) {
            return Delivery.permanentFailure("the mail server refused the message: " + reply);
        }
        if (smtp.isPermanent()) {
            return Delivery.retryLater("the mail server refused Signpost (check the quarkus.mailer settings): " + reply);
        }
        return Delivery.retryLater("the mail server asked to try later: " + reply);
    }

    private static boolean aboutThisMessage(String message) {
        if (message == null) {
            return false;
        }
        for (String start : ABOUT_THIS_MESSAGE) {
            if (message.startsWith(start)) {
                return true;
            }
        }
        return false;
    }

    private static String message(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : oneLine(t.getMessage());
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
