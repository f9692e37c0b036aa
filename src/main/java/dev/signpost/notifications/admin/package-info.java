/**
 * {@code /admin/notifications}: the outbox's unsent messages for admins, with retry and discard (audited). May call
 * {@code notifications}, {@code audit}, {@code security}, {@code web} and {@code database}.
 */
package dev.signpost.notifications.admin;
