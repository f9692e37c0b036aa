/**
 * The checks of a campaign as pure functions of a repository's files: the declarative vocabulary ({@link
 * dev.signpost.campaigns.checks.Rule}: a file exists or is absent, contains or lacks a pattern, YAML values match),
 * path globs and YAML paths, and the parser from front matter. Patterns are RE2/J. No database, no HTTP, no git.
 */
package dev.signpost.campaigns.checks;
