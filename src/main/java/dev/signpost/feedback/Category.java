package dev.signpost.feedback;

import dev.signpost.web.Coded;

import java.util.Optional;

/** What a piece of feedback is about. */
public enum Category implements Coded {

    DOCUMENTATION("documentation", "Documentation"),
    TOOL_REQUEST("tool-request", "Tool request: ask for a tool to be assessed"),
    PRACTICE_QUESTION("practice-question", "Question about a practice"),
    ROADMAP_QUESTION("roadmap-question", "Question about the roadmap"),
    DEPLOYMENT_PROBLEM("deployment-problem", "Deployment problem"),
    OTHER("other", "Something else");

    private final String code;
    private final String label;

    Category(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The label without its explanation: {@code Tool request}. */
    public String shortLabel() {
        int colon = label.indexOf(':');
        return colon < 0 ? label : label.substring(0, colon);
    }

    public static Optional<Category> of(String code) {
        return Coded.of(Category.class, code);
    }
}
