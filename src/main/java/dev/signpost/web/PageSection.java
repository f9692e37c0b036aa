package dev.signpost.web;

import io.quarkus.qute.TemplateInstance;

import java.util.Optional;
import java.util.Set;

/**
 * A section one feature contributes to another feature's page, rendered by the feature that owns it from its own
 * template: a SIG's page shows its action items, Lean Coffee sessions, roadmap items and feedback this way. The page
 * knows only this interface (and {@link PageSections}), so no feature reaches back into the page's feature.
 */
public interface PageSection {

    /** The page it belongs on, e.g. {@value #SIG}. */
    String page();

    /** Its place among the page's sections, smaller first. */
    int order();

    /** The section for this subject and the current viewer, or empty to show nothing. */
    Optional<TemplateInstance> render(Subject subject);

    /** A SIG's page. */
    String SIG = "sig";

    /** A tool's page (the subject's key is the tool's slug). */
    String TOOL = "tool";

    /**
     * The start page of the person signed in (the subject's key is their user name, its teams theirs, and its
     * {@code since} the day of their previous visit).
     */
    String HOME = "home";

    /**
     * What a page is about, as sections need it.
     *
     * @param key   its identifier (a SIG's slug)
     * @param title what people call it
     * @param teams the teams taking part in it (a SIG's groups)
     * @param since where it matters, the day from which changes are news to the viewer (their previous visit); else null
     */
    record Subject(String key, String title, Set<String> teams, java.time.LocalDate since) {

        public Subject(String key, String title, Set<String> teams) {
            this(key, title, teams, null);
        }
    }
}
