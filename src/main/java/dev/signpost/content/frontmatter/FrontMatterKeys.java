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
    /** Docusaurus: the page's address within its section ({@code /x} from the source's top, {@code x} beside the file). */
    public static final String SLUG = "slug";
    /** Docusaurus: the document's id, which replaces the file name in its address. */
    public static final String ID = "id";
    /** Docusaurus: {@code true} hides the page's table of contents. */
    public static final String HIDE_TABLE_OF_CONTENTS = "hide_table_of_contents";

    private FrontMatterKeys() {
    }
}
