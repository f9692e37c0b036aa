package dev.signpost.content.frontmatter;

import java.util.List;

/** The front matter keys the engine reads; docs/authoring.md documents each of them. */
public final class FrontMatterKeys {

    public static final String TITLE = "title";
    public static final String DESCRIPTION = "description";
    public static final String OWNER = "owner";
    public static final String TAGS = "tags";
    public static final String ORDER = "order";
    public static final String REVIEWED = "reviewed";
    public static final String REVIEW_EVERY = "review_every";
    public static final String EXPIRES = "expires";

    /** Other tools' names for {@link #ORDER}, so their docs sort as their authors intended. */
    public static final List<String> ORDER_ALIASES = List.of("sidebar_position", "nav_order", "weight");
    /** Docusaurus' short title for navigation, used when there is no {@link #TITLE}. */
    public static final String SIDEBAR_LABEL = "sidebar_label";

    private FrontMatterKeys() {
    }
}
