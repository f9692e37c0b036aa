package dev.signpost.actions;

import dev.signpost.audit.AuditLog;
import dev.signpost.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Objects;

/** An action item's history as changes write it: one row per changed field (and an audit event), or a comment. */
@ApplicationScoped
public class ActionHistory {

    @Inject
    CurrentUser currentUser;
    @Inject
    AuditLog audit;

    /** A row for {@code field} when it changed ({@code details} rows keep no values: the text is on the item). */
    void change(ActionItem item, String field, String from, String to, Instant now) {
        if (!Objects.equals(from, to)) {
            event(item, field, field.equals("details") ? null : from, field.equals("details") ? null : to, null, now);
            audit.record("action." + field, "action", String.valueOf(item.id), field.equals("details") ? "details"
                    : ActionEvent.shown(field, from) + " -> " + ActionEvent.shown(field, to));
        }
    }

    ActionEvent event(ActionItem item, String field, String from, String to, String comment, Instant now) {
        ActionEvent event = new ActionEvent();
        event.itemId = item.id;
        event.actor = currentUser.signedIn() ? currentUser.username() : "signpost";
        event.occurredAt = now;
        event.field = field;
        event.oldValue = from;
        event.newValue = to;
        event.comment = comment;
        event.persist();
        return event;
    }
}
