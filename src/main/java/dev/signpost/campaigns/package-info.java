/**
 * Paved-road campaigns: how far the organisation's repositories have moved from one tool to another (Jenkins to GitHub
 * Actions first), measured by declarative checks on each repository's files and followed back through git history.
 * Owns the inventory of repositories, the campaign definitions in content ({@code campaigns/*.md}), their evaluation,
 * pages and API; announces a campaign that falls behind its target to its SIG and followers (through
 * {@code notifications.Followable} and {@code Announcements}). Calls content, the git layer, actions (through its
 * action-source interface), notifications, web and security.
 */
package dev.signpost.campaigns;
