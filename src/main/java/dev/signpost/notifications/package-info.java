/**
 * Notifications: the transactional outbox features write messages into (in the same transaction as the change that
 * causes them), the dispatcher that claims and sends them through a {@link dev.signpost.notifications.Channel}, the
 * portal channel with its bell and {@code /notifications} page, and {@code /admin/notifications}; following subjects
 * that features define ({@link dev.signpost.notifications.Followable}, {@code /follows}) and announcing their changes
 * once across instances and restarts ({@link dev.signpost.notifications.Announcements}, {@code announced_state}). It may call
 * {@code security}, {@code database}, {@code audit}, {@code web} and {@code people}, and knows no feature.
 */
package dev.signpost.notifications;
