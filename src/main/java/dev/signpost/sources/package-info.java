/**
 * Refreshing content sources from outside: the refresh API for admins and API clients, and push webhooks from GitHub,
 * GitLab and Gitea/Forgejo, checked against each source's secret; a refresh asked of one instance reaches every other
 * through the {@code live} bus ({@link dev.signpost.sources.SourceRefreshes}). Calls {@code content.source} for the
 * sources and {@code audit} for refused webhooks; knows no other feature.
 */
package dev.signpost.sources;
