package dev.signpost.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The header's part for the person signed in: the bell, My work and the account menu ({@code
 * inject:personalHeader.html}). It shows counts, names and a form token, and is the same on every page they open
 * except for the bell's "current page" mark, so it is rendered once and kept with the person's counts in
 * {@link HeaderCounts}: forgotten with them (a write, a delivered notification) and never kept longer than they are.
 */
@Named("personalHeader")
@ApplicationScoped
public class PersonalHeader {

    @Inject
    @Location("web/personalHeader.html")
    Template template;
    @Inject
    HeaderCounts kept;
    @Inject
    PersonalParts parts;
    @Inject
    FormToken token;
    @Inject
    Layout layout;

    public String html() {
        if (parts.deferred()) {
            return PersonalParts.HEADER;
        }
        String variant = "header:" + layout.here().startsWith("/notifications") + ":" + token.value();
        return kept.derived(variant, () -> template.render());
    }
}
