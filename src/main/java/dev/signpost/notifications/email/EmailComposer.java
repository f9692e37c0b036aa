package dev.signpost.notifications.email;

import dev.signpost.notifications.Kind;
import dev.signpost.notifications.Message;
import io.quarkus.mailer.Mail;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Turns an outbox message into an email: a one-line subject, a plain-text part (templates/notifications/email/
 * messageText.txt, not escaped) and an HTML part (messageHtml.html, escaped by Qute), with absolute links, a footer
 * saying why the person gets it, and the one-click unsubscribe headers (RFC 8058). The Message-ID is derived from the
 * idempotency key, so a retry of one message carries the same ID and a mail program can recognise it.
 */
@ApplicationScoped
public class EmailComposer {

    static final String PREFERENCES = "/notifications/preferences";
    static final int SUBJECT_LENGTH = 200;

    /** What the templates show. {@code unsubscribeUrl} is null for a kind Signpost does not know. */
    public record View(String title, EmailBody body, String link, String reason, String preferencesUrl, String unsubscribeUrl) {
    }

    @CheckedTemplate(basePath = "notifications/email")
    static class Templates {
        static native TemplateInstance messageText(View email);

        static native TemplateInstance messageHtml(View email);
    }

    @Inject
    PortalAddress portal;
    @Inject
    Unsubscribe unsubscribe;

    public Mail compose(Message message, String address) {
        Optional<Kind> kind = Kind.of(message.kind()).filter(k -> k.audience() == Kind.Audience.PERSON);
        String subject = subject(message.title());
        String unsubscribeUrl = kind.map(k -> unsubscribe.url(message.recipient(), k)).orElse(null);
        View view = new View(subject, EmailBody.of(message.body(), portal.base()), portal.absolute(message.link()),
                reason(kind), portal.absolute(PREFERENCES), unsubscribeUrl);
        Mail mail = Mail.withText(address, subject, Templates.messageText(view).render()).setHtml(Templates.messageHtml(view).render());
        mail.addHeader("Message-ID", "<" + sha256(message.idempotencyKey()) + "@" + portal.host() + ">");
        mail.addHeader("X-Signpost-Message", message.keyAsHeader());
        mail.addHeader("Auto-Submitted", "auto-generated");
        if (unsubscribeUrl != null) {
            mail.addHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
            mail.addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return mail;
    }

    /** The title on one line (whatever it holds), cut to fit a subject. */
    static String subject(String title) {
        String line = EmailBody.clean(title == null ? "" : title.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]", " ")).replaceAll("\\s+", " ");
        if (line.isEmpty()) {
            return "Signpost notification";
        }
        return line.length() <= SUBJECT_LENGTH ? line : line.substring(0, SUBJECT_LENGTH - 1).strip() + "…";
    }

    private static String reason(Optional<Kind> kind) {
        if (kind.isEmpty()) {
            return "You get this email because Signpost tells you about changes that concern you.";
        }
        if (kind.get() == Kind.DIGEST) {
            return "This is your daily digest: the notifications you chose to get by email once a day.";
        }
        return "You get this email for: " + kind.get().label() + ".";
    }


    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
