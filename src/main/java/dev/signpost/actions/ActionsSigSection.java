package dev.signpost.actions;

import dev.signpost.web.PageSection;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/** A SIG's action items on its page. */
@ApplicationScoped
public class ActionsSigSection implements PageSection {

    @CheckedTemplate(basePath = "actions")
    static class Templates {
        static native TemplateInstance sigSection(ActionPanels.SigPanel s);
    }

    @Inject
    ActionPanels panels;

    @Override
    public String page() {
        return SIG;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<TemplateInstance> render(Subject sig) {
        return Optional.of(Templates.sigSection(panels.forSig(sig.key())));
    }
}
