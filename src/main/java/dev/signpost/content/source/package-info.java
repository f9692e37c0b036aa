/**
 * Where content comes from: the local content folder (watched) and git repositories (bare mirrors fetched with JGit,
 * read by tree diff), each a {@link dev.signpost.content.ContentSource} mounted at a folder, handing its changes to the
 * {@link dev.signpost.content.ContentStore}. Knows no feature, no HTTP and no user; the sources' HTTP side (refresh API,
 * webhooks) is {@code dev.signpost.sources}.
 */
package dev.signpost.content.source;
