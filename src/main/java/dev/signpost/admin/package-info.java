/**
 * Operators' pages, for the admin role: content health (files that failed and why, broken links, last successful
 * load) and the audit log. Reads the content snapshot and the audit log; changes nothing but asking for a source's
 * refresh, which goes through {@code sources} so that every instance refreshes.
 */
package dev.signpost.admin;
