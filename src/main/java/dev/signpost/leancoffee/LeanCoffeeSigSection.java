package dev.signpost.leancoffee;

import dev.signpost.web.PageSection;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/** A SIG's Lean Coffee sessions on its page. */
@ApplicationScoped
public class LeanCoffeeSigSection implements PageSection {

    @CheckedTemplate(basePath = "leancoffee")
    static class Templates {
        static native TemplateInstance sigSection(LeanCoffeePanels.SigPanel p);
    }

    @Inject
    LeanCoffeePanels panels;

    @Override
    public String page() {
        return SIG;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<TemplateInstance> render(Subject sig) {
        return Optional.of(Templates.sigSection(panels.forSig(sig.key())));
    }
}
