package dev.signpost.search;

/** The first content load has not been indexed yet: the search page asks to come back in a moment. */
public class SearchNotReadyException extends RuntimeException {

    public SearchNotReadyException() {
        super("The search index is being built");
    }
}
