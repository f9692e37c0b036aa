package dev.signpost.notifications.email;

import dev.signpost.database.Database;
import dev.signpost.notifications.Outbox;
import dev.signpost.notifications.OutboxMessage;
import dev.signpost.people.Directory;
import io.quarkus.mailer.Mail;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an admin sees of the email channel: whether emails are sent or only logged (the mock mailer of dev mode and the
 * demo), the sender, and the latest emails rendered exactly as {@link EmailComposer} makes them for sending: headers,
 * the plain part and the HTML part's source.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EmailMessages {

    static final int LATEST = 30;

    /** One email as it was (or would be) sent; {@code to} is empty when no address is known for the recipient. */
    public record Row(long id, String recipient, String to, String status, String note, Instant createdAt, String subject,
                      Map<String, String> headers, String text, String html) {
    }

    public record View(boolean mock, String from, List<Row> emails) {
    }

    @Inject
    EmailComposer composer;
    @Inject
    Directory directory;
    @Inject
    Database database;
    @ConfigProperty(name = "quarkus.mailer.mock", defaultValue = "false")
    boolean mock;
    @ConfigProperty(name = "quarkus.mailer.from", defaultValue = "")
    String from;

    public View view() {
        database.requireReady();
        List<OutboxMessage> latest = OutboxMessage.<OutboxMessage>find("channel", Sort.descending("createdAt").and("id", Sort.Direction.Descending),
                Outbox.EMAIL).page(0, LATEST).list();
        return new View(mock, from, latest.stream().map(this::row).toList());
    }

    private Row row(OutboxMessage message) {
        String to = directory.email(message.recipient).orElse("");
        Mail mail = composer.compose(message.message(), to);
        Map<String, String> headers = new TreeMap<>();
        mail.getHeaders().forEach((name, values) -> headers.put(name, String.join(", ", values)));
        return new Row(message.id, message.recipient, to, message.status.label(), message.lastError == null ? "" : message.lastError,
                message.createdAt, mail.getSubject(), headers, mail.getText(), mail.getHtml());
    }
}
