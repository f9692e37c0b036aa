package dev.signpost.web;

import dev.signpost.content.Document;

/**
 * A part of a page that one reader sees differently from others who may see the same kept page: an anonymous
 * reader's own rating of it, a page owner's panel of what readers said. Pages rendered once for many readers are
 * rendered afresh for a reader that any such part applies to. Features implement it as a request-scoped bean; the
 * check must be cheap (a cookie, the reader's roles and teams, never the database).
 */
public interface ReaderSpecificPages {

    /** Whether the current reader sees {@code page} differently from other readers with the same roles. */
    boolean appliesTo(Document page);
}
