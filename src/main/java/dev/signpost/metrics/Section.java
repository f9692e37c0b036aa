package dev.signpost.metrics;

import java.util.Locale;

/**
 * The part of the portal a page belongs to, as a page-view tag: a fixed set, so a metric never gets a series per URL.
 * A page's section is the feature package of the resource that answered it ({@code dev.signpost.tools.ToolsResource}
 * is {@code tools}); pages of packages without a section of their own (people, notifications, the start page's
 * plumbing) are {@code other}.
 */
public enum Section {

    DOCS, TOOLS, ROADMAP, SIGS, LEANCOFFEE, ACTIONS, FEEDBACK, CAMPAIGNS, SEARCH, ADMIN, OTHER;

    private static final String ROOT = "dev.signpost.";

    /** The tag value: {@code docs}, {@code leancoffee}, ... */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The section of a resource class, by its package's first segment below {@code dev.signpost}. */
    public static Section of(Class<?> resource) {
        String name = resource.getName();
        if (!name.startsWith(ROOT)) {
            return OTHER;
        }
        int end = name.indexOf('.', ROOT.length());
        if (end < 0) {
            return OTHER;
        }
        String feature = name.substring(ROOT.length(), end);
        for (Section section : values()) {
            if (section != OTHER && section.tag().equals(feature)) {
                return section;
            }
        }
        return OTHER;
    }
}
