package dev.signpost.web;

/**
 * A part of a page that one anonymous reader sees differently from the next (say, the rating they gave it). Pages
 * rendered once for every anonymous reader are rendered afresh for a reader that any such part applies to. Features
 * implement it as a request-scoped bean; the check must be cheap (a cookie, never the database).
 */
public interface ReaderSpecificPages {

    /** Whether the current reader sees the page at {@code pageUrl} differently from other anonymous readers. */
    boolean appliesTo(String pageUrl);
}
