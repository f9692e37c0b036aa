package dev.signpost.notifications.email;

import dev.signpost.notifications.Channel;
import dev.signpost.notifications.Delivery;
import dev.signpost.notifications.Message;
import dev.signpost.notifications.Outbox;
import dev.signpost.people.Addresses;
import dev.signpost.people.Directory;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * The {@code email} channel: sends a message to its recipient's address ({@link Directory#email}) over SMTP with the
 * blocking quarkus-mailer, in the dispatcher's transaction for that message. A person without a usable address, or a
 * refusal of the recipient or message by the mail server, is a permanent failure; an unreachable or busy server is
 * tried again later ({@link SmtpFailures}). With {@code quarkus.mailer.mock} (dev, demo) nothing is sent: the mailer
 * logs each email.
 */
@ApplicationScoped
public class EmailChannel implements Channel {

    private static final Logger LOG = Logger.getLogger(EmailChannel.class);

    @Inject
    Directory directory;
    @Inject
    EmailComposer composer;
    @Inject
    Mailer mailer;

    @Override
    public String name() {
        return Outbox.EMAIL;
    }

    @Override
    public Delivery send(Message message) {
        Optional<String> address = directory.email(message.recipient()).map(String::strip);
        if (address.isEmpty()) {
            return Delivery.permanentFailure("no email address known for " + message.recipient());
        }
        if (!Addresses.plausible(address.get())) {
            return Delivery.permanentFailure("the email address known for " + message.recipient() + " is not one Signpost writes to");
        }
        Mail mail = composer.compose(message, address.get());
        try {
            mailer.send(mail);
            return Delivery.accepted();
        } catch (RuntimeException e) {
            Delivery outcome = SmtpFailures.delivery(e);
            LOG.debugf("Email %d to %s not sent: %s", message.id(), message.recipient(), outcome);
            return outcome;
        }
    }
}
