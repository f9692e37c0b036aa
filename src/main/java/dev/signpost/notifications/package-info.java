/**
 * Notifications: the transactional outbox features write messages into (in the same transaction as the change that
 * causes them), the dispatcher that claims and sends them through a {@link dev.signpost.notifications.Channel}, the
 * portal channel with its bell and {@code /notifications} page, and {@code /admin/notifications}. It may call
 * {@code security}, {@code database}, {@code audit}, {@code web} and {@code people}, and knows no feature.
 */
package dev.signpost.notifications;
