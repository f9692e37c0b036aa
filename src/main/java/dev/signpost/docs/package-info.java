/**
 * Documentation pages: rendering a document with navigation, table of contents and freshness, tag pages, the
 * stale-pages report, the not-found page with suggestions, files next to the Markdown, and the pages JSON API.
 * Reads the {@link dev.signpost.content.ContentSnapshot}; never touches files itself. Tells page owners' teams weekly
 * of pages due for review through the notification outbox (and so may call notifications and people).
 */
package dev.signpost.docs;
