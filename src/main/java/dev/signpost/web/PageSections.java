package dev.signpost.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every feature's sections for a page, in their order, rendered to HTML for the page to place (with {@code .raw}). */
@ApplicationScoped
public class PageSections {

    @Inject
    Instance<PageSection> all;

    /** The rendered sections of {@code page} for {@code subject}: Qute's own output, every value in it already escaped. */
    public List<String> render(String page, PageSection.Subject subject) {
        return all.stream().filter(s -> s.page().equals(page)).sorted(Comparator.comparingInt(PageSection::order))
                .map(s -> s.render(subject)).flatMap(Optional::stream).map(t -> t.render()).toList();
    }
}
