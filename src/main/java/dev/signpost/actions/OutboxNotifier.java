package dev.signpost.actions;

import dev.signpost.notifications.NewMessage;
import dev.signpost.notifications.Outbox;
import dev.signpost.web.time.TimeText;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The default {@link ActionNotifier}: an assignment becomes an outbox message for the new owner (each member of a team),
 * never for the person who made it.
 */
@ApplicationScoped
@DefaultBean
public class OutboxNotifier implements ActionNotifier {

    static final String ASSIGNED = "action-assigned";

    @Inject
    Outbox outbox;

    @Override
    public void assigned(ActionItem item, int version, String changedBy) {
        StringBuilder body = new StringBuilder(changedBy + " assigned this action item to " + item.owner + ".");
        if (item.dueOn != null) {
            body.append(" It is due on ").append(TimeText.day(item.dueOn)).append('.');
        }
        if (item.sig != null) {
            body.append(" SIG: ").append(item.sig).append('.');
        }
        outbox.notifyOwner(new NewMessage(ASSIGNED, item.owner, "Action item for you: " + item.title, body.toString(),
                "/actions/" + item.id, ASSIGNED + ":" + item.id + ":v" + version), changedBy);
    }
}
