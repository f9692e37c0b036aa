package dev.signpost.search;

import java.util.Map;

/** The fields of a document in the index, and how much a match in each counts. */
final class SearchFields {

    static final String PATH = "path";
    static final String TYPE = "type";
    static final String TAG = "tag";
    static final String OWNER = "owner";
    /** The content source a document comes from (the content folder, a git repository): a filter and a facet. */
    static final String SOURCE = "source";
    static final String SECTION = "section";
    static final String TITLE = "title";
    static final String HEADINGS = "headings";
    static final String DESCRIPTION = "description";
    static final String TAGS_TEXT = "tags_text";
    static final String BODY = "body";
    /** Identifiers as written (actions/checkout@v4, GITHUB_TOKEN, kebab-case-words), matched whole, in title, headings and prose. */
    static final String IDENT = "ident";
    /** Identifiers as written anywhere, code listings included: a page that only shows one in a listing counts less. */
    static final String IDENT_ANYWHERE = "ident_anywhere";
    /** Unstemmed words of title and body: the dictionary of the "did you mean" fallback. */
    static final String SPELL = "spell";

    /** Fields a free-text query searches, with their boosts: title over headings over body. */
    static final Map<String, Float> TEXT_BOOSTS = Map.of(TITLE, 6f, TAGS_TEXT, 3f, HEADINGS, 2.5f, DESCRIPTION, 2f,
            IDENT, 8f, IDENT_ANYWHERE, 2f, BODY, 1f);

    /** Fields a query may name explicitly ({@code title:rollback}); anything else before a colon is plain text. */
    static final Map<String, String> QUERYABLE = Map.of("title", TITLE, "body", BODY, "heading", HEADINGS,
            "headings", HEADINGS, "tag", TAGS_TEXT, "tags", TAGS_TEXT, "description", DESCRIPTION);

    private SearchFields() {
    }
}
