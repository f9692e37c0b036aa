/**
 * Operators' pages, for the admin role: content health (files that failed and why, broken links, last successful
 * load) and the audit log. Reads the content snapshot and the audit log; changes nothing.
 */
package dev.signpost.admin;
