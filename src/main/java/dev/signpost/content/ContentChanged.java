package dev.signpost.content;

import java.time.Duration;

/**
 * Fired (as a CDI event) after a new snapshot is in place: the first load, and every change while running. Features
 * that keep something derived from the content (the search index) follow it; observers must be quick, since the
 * event is delivered on the thread that loaded the content.
 *
 * @param snapshot the snapshot now served
 * @param built    how long building it took (navigation, tags, link checks; not reading the files)
 */
public record ContentChanged(ContentSnapshot snapshot, Duration built) {

    public ContentChanged(ContentSnapshot snapshot) {
        this(snapshot, Duration.ZERO);
    }
}
