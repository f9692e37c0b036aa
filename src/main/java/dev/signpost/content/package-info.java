/**
 * The content engine: turns a directory of Markdown files into an immutable {@link dev.signpost.content.ContentSnapshot}.
 * Parsing and rendering are pure functions; file I/O, the worker pool and the file watcher stay at the edge
 * ({@link dev.signpost.content.ContentLoader}, {@link dev.signpost.content.ContentWatcher}).
 * This package knows no feature, no HTTP and no user.
 */
package dev.signpost.content;
