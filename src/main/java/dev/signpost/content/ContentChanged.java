package dev.signpost.content;

/**
 * Fired (as a CDI event) after a new snapshot is in place: the first load, and every change while running. Features
 * that keep something derived from the content (the search index) follow it; observers must be quick, since the
 * event is delivered on the thread that loaded the content.
 */
public record ContentChanged(ContentSnapshot snapshot) {
}
