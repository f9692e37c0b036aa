package dev.signpost.notifications.email;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** An email as the test SMTP server received it, read through Jakarta Mail (which decodes what the sender encoded). */
record ReceivedMail(MimeMessage message) {

    /** The received emails with exactly this subject (the server keeps one copy per recipient). */
    static List<ReceivedMail> withSubject(MimeMessage[] received, String subject) {
        return Arrays.stream(received).map(ReceivedMail::new).filter(m -> subject.equals(m.subject())).toList();
    }

    String subject() {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    List<String> recipients() {
        try {
            Address[] all = message.getAllRecipients();
            return all == null ? List.of() : Arrays.stream(all).map(Address::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    List<String> to() {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Address::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every value of a header, or an empty list. */
    List<String> header(String name) {
        try {
            String[] values = message.getHeader(name);
            return values == null ? List.of() : List.of(values);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text part, with the line endings of Java text ({@code \n}) instead of SMTP's. */
    String text() {
        return part("text/plain").replace("\r\n", "\n");
    }

    String html() {
        return part("text/html");
    }

    private String part(String type) {
        try {
            Object content = message.getContent();
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart part = multipart.getBodyPart(i);
                    if (part.isMimeType(type)) {
                        return Objects.toString(part.getContent());
                    }
                }
                throw new AssertionError("no " + type + " part in " + message.getContentType());
            }
            if (message.isMimeType(type)) {
                return content.toString();
            }
            throw new AssertionError("no " + type + " part in " + message.getContentType());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
