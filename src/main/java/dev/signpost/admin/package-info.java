/**
 * Operators' pages: content health (files that failed and why, broken links, last successful load).
 * Reads the content snapshot; changes nothing.
 */
package dev.signpost.admin;
