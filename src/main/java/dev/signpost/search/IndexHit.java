package dev.signpost.search;

import dev.signpost.content.Document;

/** A matching document, exactly as it was indexed, with its score and a snippet. */
record IndexHit(Document document, float score, Snippet snippet) {

    String path() {
        return document.path();
    }

    String url() {
        return document.url();
    }

    String type() {
        return document.type();
    }

    String title() {
        return document.title();
    }
}
