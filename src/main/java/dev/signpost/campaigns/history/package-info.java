/**
 * A campaign's history from git: the main line of each repository ({@link dev.signpost.campaigns.history.RepoHistory}),
 * its tree at a commit as files for the checks ({@link dev.signpost.campaigns.history.GitFiles}), each (repository,
 * commit, campaign version) evaluated once ({@link dev.signpost.campaigns.history.Evaluator}), and the weekly
 * burn-down with its projection. JGit and the checks only: no database, no HTTP.
 */
package dev.signpost.campaigns.history;
