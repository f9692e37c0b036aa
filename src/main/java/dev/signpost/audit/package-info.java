/**
 * The audit log: who did what, when, to which target. Features call {@link dev.signpost.audit.AuditLog}; account
 * events from the security package arrive as CDI events. May call security (to stamp the current user) and database.
 */
package dev.signpost.audit;
