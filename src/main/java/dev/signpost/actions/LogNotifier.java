package dev.signpost.actions;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** The default {@link ActionNotifier}: one log line per check that found newly overdue items. */
@ApplicationScoped
@DefaultBean
public class LogNotifier implements ActionNotifier {

    private static final Logger LOG = Logger.getLogger(LogNotifier.class);

    @Override
    public void newlyOverdue(List<ActionItem> items, LocalDate today) {
        if (!items.isEmpty()) {
            LOG.infof("%d action item(s) became overdue on %s: %s", items.size(), today,
                    items.stream().map(i -> "#" + i.id + " (" + i.owner + ", due " + i.dueOn + ")").collect(Collectors.joining(", ")));
        }
    }
}
