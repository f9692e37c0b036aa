/**
 * Rendered page bodies kept on disk between restarts ({@link dev.signpost.content.cache.RenderCache}), named by the
 * renderer's fingerprint and the page's path, title and Markdown, so a restart over unchanged content skips rendering.
 * Files under the data folder only; no database, no HTTP.
 */
package dev.signpost.content.cache;
