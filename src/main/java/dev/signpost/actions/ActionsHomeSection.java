package dev.signpost.actions;

import dev.signpost.web.PageSection;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/** The person's unfinished action items, overdue first, on their start page. */
@ApplicationScoped
public class ActionsHomeSection implements PageSection {

    @CheckedTemplate(basePath = "actions")
    static class Templates {
        static native TemplateInstance minePanel(ActionPanels.MinePanel p);
    }

    @Inject
    ActionPanels panels;

    @Override
    public String page() {
        return HOME;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<TemplateInstance> render(Subject person) {
        return Optional.ofNullable(panels.mine()).map(Templates::minePanel);
    }
}
