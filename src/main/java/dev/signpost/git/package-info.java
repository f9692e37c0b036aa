/**
 * The git layer shared by content sources and campaigns: a bare local mirror per remote ({@link
 * dev.signpost.git.GitMirror}), how to reach it ({@link dev.signpost.git.GitAccess}: timeout, token, SSH key), failures
 * in plain words with secrets removed ({@link dev.signpost.git.GitFailure}, {@link dev.signpost.git.Secrets}). Knows no
 * feature and no content; JGit only.
 */
package dev.signpost.git;
