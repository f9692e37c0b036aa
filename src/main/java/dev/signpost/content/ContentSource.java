package dev.signpost.content;

import java.util.Optional;

/**
 * One place content comes from, mounted at a path of the portal: the local content folder, or a git repository.
 * A source reads its files, hands what changed to the {@link ContentStore} as a {@link SourceUpdate}, and keeps its
 * last good content when it cannot read new content.
 */
public interface ContentSource {

    /** The name in configuration and on the admin page ({@link Origin#LOCAL} for the local folder). */
    String name();

    /** The content path it is mounted at: {@code ""} for the root, else a folder such as {@code handbook}. */
    String mount();

    /** How it is doing: what it serves, and when it last succeeded or failed. */
    SourceStatus status();

    /** A file next to the pages (an image, a PDF) at a content path below this source's mount, if it has one. */
    Optional<AssetFile> open(String path);

    /** Reads its content for the first time and hands it to the store; then starts watching or polling. */
    void start() throws InterruptedException;

    /** Asks for a refresh now (a push webhook, an admin's button); several requests close together cause one read. */
    void requestRefresh(String reason);

    /** Stops watching and polling. */
    void stop();
}
