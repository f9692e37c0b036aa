package dev.signpost.feedback;

import dev.signpost.database.DatabaseUnavailableException;
import dev.signpost.security.CurrentUser;
import dev.signpost.security.Roles;
import dev.signpost.web.PageSection;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Recent feedback routed to a SIG's groups (or the SIG itself), on its page, for sig-members; nothing when the database is down. */
@ApplicationScoped
public class FeedbackSigSection implements PageSection {

    static final int SHOWN = 10;

    @CheckedTemplate(basePath = "feedback")
    static class Templates {
        static native TemplateInstance sigSection(List<FeedbackItem> items);
    }

    @Inject
    FeedbackItems feedback;
    @Inject
    CurrentUser currentUser;

    @Override
    public String page() {
        return SIG;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Optional<TemplateInstance> render(Subject sig) {
        if (!currentUser.hasRole(Roles.SIG_MEMBER)) {
            return Optional.empty();
        }
        Set<String> owners = new LinkedHashSet<>(sig.teams());
        owners.add(sig.key());
        try {
            return Optional.of(Templates.sigSection(feedback.routedTo(owners, SHOWN)));
        } catch (DatabaseUnavailableException | PersistenceException e) {
            return Optional.empty();
        }
    }
}
