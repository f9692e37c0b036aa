package dev.signpost.sigs;

import dev.signpost.content.ContentStore;
import dev.signpost.content.ContentTypes;
import dev.signpost.content.Document;
import dev.signpost.web.PageSection;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The practice pages that share a tag with a SIG, on its page. */
@ApplicationScoped
public class SigPagesSection implements PageSection {

    static final int SHOWN = 20;

    @CheckedTemplate(basePath = "sigs")
    static class Templates {
        static native TemplateInstance pagesSection(List<Document> pages);
    }

    @Inject
    SigService sigs;
    @Inject
    ContentStore store;

    @Override
    public String page() {
        return SIG;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<TemplateInstance> render(Subject subject) {
        Optional<Sig> sig = sigs.sigs().sig(subject.key());
        if (sig.isEmpty()) {
            return Optional.empty();
        }
        List<Document> pages = store.snapshot().byUrl().values().stream()
                .filter(d -> d.type().equals(ContentTypes.PAGE) && sig.get().tagged(d.tags()))
                .sorted(Comparator.comparing(Document::title, String.CASE_INSENSITIVE_ORDER)).limit(SHOWN).toList();
        return pages.isEmpty() ? Optional.empty() : Optional.of(Templates.pagesSection(pages));
    }
}
